package lv.ludza.openup.mail;

/** What a mail is. */
public enum MailKind {
    /** A user's daily digest of what needs them. */
    DIGEST,
    /** The administrator's test of the mail server. */
    TEST,
    /** A participant's registration to an event: a seat. */
    REGISTRATION_SEAT,
    /** A participant's registration to an event: on the waiting list. */
    REGISTRATION_WAITING,
    /** A participant's waiting-list place turned into a seat. */
    REGISTRATION_PROMOTED,
    /** A participant's registration cancelled. */
    REGISTRATION_CANCELLED
}

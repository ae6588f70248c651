package lv.ludza.openup.mail;

/** Where a mail stands. */
public enum MailStatus {
    /** To be sent (again, after a failed attempt, at its next attempt's time). */
    QUEUED,
    /** Taken by a sender, being handed to the mail server. */
    SENDING,
    /** The mail server took it. */
    SENT,
    /** The mail server refused it as many times as the sender tries: an administrator must look. */
    FAILED
}

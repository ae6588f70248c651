package lv.ludza.openup.privacy;

/** Where a person's data is kept. */
public enum PersonKind {
    /** Registered for an event (name, organisation, e-mail, phone, language). */
    PARTICIPANT,
    /** On a study trip (name, position; their travel order and its money). */
    TRAVELLER,
    /** A user of the application (name, e-mail, the author of changes and uploads). */
    USER,
    /**
     * A document whose description or file name names them (a signature sheet, a receipt): kept as evidence with its
     * record, where it is corrected or deleted.
     */
    DOCUMENT
}

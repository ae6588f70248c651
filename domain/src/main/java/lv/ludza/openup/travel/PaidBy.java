package lv.ludza.openup.travel;

/** Who paid an expense: the organisation directly, or the participant (then it is refunded in the settlement). */
public enum PaidBy {
    ORGANISATION, PARTICIPANT
}

package lv.ludza.openup.procurement;

/** How the supplier is chosen (Latvian Public Procurement Law terms; other countries map onto them). */
public enum ProcedureType {
    /** Below the thresholds: a documented price comparison. */
    PRICE_SURVEY,
    /** Small procurement (Latvia: supplies and services from 10 000 EUR, works from 20 000 EUR). */
    SMALL_PROCUREMENT,
    OPEN_COMPETITION,
    NEGOTIATED,
    OTHER;

    /** How demanding the procedure is: a threshold asking for one kind is met by it or a more demanding one. */
    public int rank() {
        return switch (this) {
            case PRICE_SURVEY, OTHER -> 0;
            case SMALL_PROCUREMENT -> 1;
            case OPEN_COMPETITION, NEGOTIATED -> 2;
        };
    }

    public boolean meets(ProcedureType required) {
        return rank() >= required.rank();
    }
}

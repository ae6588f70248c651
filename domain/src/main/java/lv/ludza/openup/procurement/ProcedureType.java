package lv.ludza.openup.procurement;

/** How the supplier is chosen (Latvian Public Procurement Law terms; other countries map onto them). */
public enum ProcedureType {
    /** Below the thresholds: a documented price comparison. */
    PRICE_SURVEY,
    /** Small procurement (Latvia: supplies and services from 10 000 EUR, works from 20 000 EUR). */
    SMALL_PROCUREMENT,
    OPEN_COMPETITION,
    NEGOTIATED,
    OTHER
}

package lv.ludza.openup.project;

/** Countries the programme and its partners are in (ISO 3166 alpha-2); screens name them per language. */
public enum Country {
    LV, LT, DE, EE, PL
}

package lv.ludza.openup.events;

/** How an output indicator's achieved value is computed from the events. */
public enum IndicatorMeasure {
    /** children from vulnerable groups taking part: the sum of first-time counts */
    CHILDREN_FIRST_TIME,
    /** children's visits: the sum of children present */
    CHILDREN_PRESENT,
    /** library specialists trained: distinct adults who attended a seminar */
    SPECIALISTS_TRAINED,
    /** people who attended a conference (distinct per conference) */
    CONFERENCE_ATTENDEES
}

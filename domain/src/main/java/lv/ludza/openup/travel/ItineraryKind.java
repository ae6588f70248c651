package lv.ludza.openup.travel;

/** What an itinerary entry is. */
public enum ItineraryKind {
    VISIT, MEETING, TRANSPORT, OTHER
}

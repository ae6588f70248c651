package lv.ludza.openup.events;

/** What kind of activity an event is. */
public enum EventType {
    SEMINAR, CONFERENCE, CAMP, LESSON, OPEN_LESSON, VIDEO_CLASS, WORKING_GROUP, OTHER;

    /** Children's activities record anonymous counts instead of registrations. */
    public boolean isForChildren() {
        return this == CAMP || this == LESSON || this == OPEN_LESSON || this == VIDEO_CLASS;
    }
}

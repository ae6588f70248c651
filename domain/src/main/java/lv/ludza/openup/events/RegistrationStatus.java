package lv.ludza.openup.events;

/** Where a registration stands: a seat, a place on the waiting list, or withdrawn. */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED
}

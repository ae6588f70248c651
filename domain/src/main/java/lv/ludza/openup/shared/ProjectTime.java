package lv.ludza.openup.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The projects' time zone: every day the application names (a payment date, "today" of a due date or a retention
 * end, the day of a timestamp in an export) is a day in Riga, whatever the server's own zone.
 */
public final class ProjectTime {

    /** Europe/Riga: Latvia and (one hour behind, the same days for the projects' purposes) Lithuania's partners. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Riga");

    private ProjectTime() {
    }

    /** Today in Riga. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}

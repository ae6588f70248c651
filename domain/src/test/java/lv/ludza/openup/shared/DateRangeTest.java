package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateRangeTest {

    private final DateRange project = DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 11, 30));

    @Test
    void theProjectRunsTwentyMonths() {
        assertEquals(20, project.months());
        assertEquals(609, project.days());
    }

    @Test
    void bothEndsAreIncluded() {
        assertTrue(project.contains(LocalDate.of(2018, 4, 1)));
        assertTrue(project.contains(LocalDate.of(2019, 11, 30)));
        assertFalse(project.contains(LocalDate.of(2019, 12, 1)));
        assertFalse(project.contains(LocalDate.of(2018, 3, 31)));
        assertEquals(1, DateRange.of(LocalDate.of(2018, 9, 24), LocalDate.of(2018, 9, 24)).days());
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> DateRange.of(LocalDate.of(2018, 9, 27), LocalDate.of(2018, 9, 24)));
    }

    @Test
    void containsAndOverlaps() {
        DateRange berlin = DateRange.of(LocalDate.of(2018, 9, 24), LocalDate.of(2018, 9, 27));
        assertTrue(project.contains(berlin));
        assertTrue(project.overlaps(DateRange.of(LocalDate.of(2019, 11, 30), LocalDate.of(2020, 1, 1))));
        assertFalse(project.overlaps(DateRange.of(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 1, 1))));
        assertFalse(project.contains(DateRange.of(LocalDate.of(2019, 11, 1), LocalDate.of(2019, 12, 1))));
    }
}

package lv.ludza.openup.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The calendar file follows RFC 5545: escaping, folding at 75 octets, CRLF, exclusive all-day end. */
class ICalTest {

    @Test
    void textIsEscaped() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", ICal.escape("a, b; c\\ d\ne"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String line = "SUMMARY:" + "ā".repeat(60);
        String folded = ICal.fold(line);
        for (String physical : folded.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertEquals(line, folded.replace("\r\n ", ""), "unfolding gives the line back");
    }

    @Test
    void anAllDayEventEndsTheDayAfterItsLastDay() {
        String text = new ICal("OPEN UP", Instant.parse("2026-01-01T00:00:00Z"))
                .event("event-1@openup", LocalDate.of(2018, 8, 21), LocalDate.of(2018, 8, 27), "Nometne, Āne",
                        "Āne; Jelgavas novads", null)
                .close();
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(text.contains("DTSTART;VALUE=DATE:20180821\r\nDTEND;VALUE=DATE:20180828\r\n"));
        assertTrue(text.contains("SUMMARY:Nometne\\, Āne\r\n"));
        assertTrue(text.contains("LOCATION:Āne\\; Jelgavas novads\r\n"));
        assertTrue(text.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assertEquals(-1, text.replace("\r\n", "").indexOf('\n'), "every line ends in CRLF");
    }
}

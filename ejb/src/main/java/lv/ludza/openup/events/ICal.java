package lv.ludza.openup.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A calendar file (RFC 5545): all-day events, text escaped (backslash, semicolon, comma, line breaks) and lines
 * folded at 75 octets without splitting a UTF-8 character, lines ending in CRLF.
 */
public final class ICal {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();
    private final Instant stamp;

    public ICal(String name, Instant stamp) {
        this.stamp = stamp;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Ludza//OPEN UP project office//EN");
        line("CALSCALE:GREGORIAN");
        line("X-WR-CALNAME:" + escape(name));
    }

    /** The calendar's method (RFC 5546), e.g. {@code PUBLISH} for a calendar file sent with a mail; before any event. */
    public ICal method(String method) {
        line("METHOD:" + method);
        return this;
    }

    /** One all-day event from {@code first} to {@code last} inclusive. */
    public ICal event(String uid, LocalDate first, LocalDate last, String summary, String location,
            String description) {
        line("BEGIN:VEVENT");
        line("UID:" + uid);
        line("DTSTAMP:" + STAMP.format(stamp));
        line("DTSTART;VALUE=DATE:" + DATE.format(first));
        line("DTEND;VALUE=DATE:" + DATE.format(last.plusDays(1))); // the end is exclusive
        line("SUMMARY:" + escape(summary));
        if (location != null) {
            line("LOCATION:" + escape(location));
        }
        if (description != null) {
            line("DESCRIPTION:" + escape(description));
        }
        line("END:VEVENT");
        return this;
    }

    public String close() {
        line("END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds a content line: at most 75 octets per physical line, continuation lines start with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    private void line(String content) {
        out.append(fold(content)).append("\r\n");
    }
}

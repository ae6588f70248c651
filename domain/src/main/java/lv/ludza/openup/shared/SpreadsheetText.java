package lv.ludza.openup.shared;

/**
 * Text that a spreadsheet must show, never run: a cell starting with {@code = + - @}, a tab or a carriage return is
 * read as a formula by Excel and LibreOffice when the file is a CSV (a supplier named {@code =HYPERLINK(...)} would
 * become a live link). Such text is neutralised; a number is not (a negative amount stays a number).
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet would take this text for a formula: a leading formula sign that is no number. */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0) {
            return false;
        }
        try {
            return TypedNumber.parse(text) == null;
        } catch (NumberFormatException notANumber) {
            return true;
        }
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter
            .ofPattern("dd.MM.yyyy HH:mm");

    /**
     * A value as a Latvian or Lithuanian spreadsheet reads it from a CSV cell, whatever the language of the screen it
     * was exported from: amounts and other decimals with a decimal comma and no grouping ({@code 1250,50}, a number,
     * not text), whole numbers as they are, dates {@code dd.mm.yyyy} (a date, not text), a moment to the minute;
     * {@code null} if the value is none of these (text, which the caller writes as text).
     */
    public static String excelValue(Object value) {
        if (value instanceof Money money) {
            return money.amount().toPlainString().replace('.', ',');
        } else if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return value.toString();
        } else if (value instanceof java.time.LocalDate day) {
            return DAY.format(day);
        } else if (value instanceof java.time.LocalDateTime moment) {
            return MINUTE.format(moment);
        } else if (value instanceof java.time.Instant instant) {
            return MINUTE.format(instant.atZone(ProjectTime.ZONE));
        }
        return null;
    }

    /** The text for a CSV cell: an apostrophe before formula-like text (OWASP's advice), anything else unchanged. */
    public static String forCsv(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }
}

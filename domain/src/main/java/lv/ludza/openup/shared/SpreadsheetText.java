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

    /** The text for a CSV cell: an apostrophe before formula-like text (OWASP's advice), anything else unchanged. */
    public static String forCsv(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }
}

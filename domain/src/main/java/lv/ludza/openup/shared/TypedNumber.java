package lv.ludza.openup.shared;

import java.math.BigDecimal;

/**
 * A number as people type it, whatever their screen's language: {@code 1250.50}, {@code 1250,50},
 * {@code 1 250,50} (also with a non-breaking or narrow space), {@code 1.250,50} and {@code 1,250.50} are all
 * 1250.50. One reading for every amount, quantity and percentage the application takes from a person (the screens'
 * inputs and the import files), so that a dot or a comma is never dropped and a sign never changed.
 * <p>
 * The rules: spaces, the euro sign or "EUR" and a percent sign are ignored; with both a dot and a comma the last
 * one is the decimal mark and the other one groups thousands (in groups of three); one kind of mark written more
 * than once groups thousands; one mark written once is the decimal mark. A minus (also the typographic
 * {@code −}) keeps the number negative: whether a negative number is allowed is the caller's rule, never a
 * silent change.
 */
public final class TypedNumber {

    private TypedNumber() {
    }

    /**
     * The number in the text, exactly as typed (scale as written, e.g. {@code 1.005} keeps three decimals), or null
     * for a blank text.
     *
     * @throws NumberFormatException when the text is not a number in any of the accepted forms
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '€' && c != '%') {
                plain.append(c == '\u2212' || c == '\u2013' ? '-' : c);
            }
        }
        String s = plain.toString();
        if (s.toUpperCase(java.util.Locale.ROOT).endsWith("EUR")) {
            s = s.substring(0, s.length() - 3);
        }
        boolean negative = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (!s.matches("[0-9.,]*[0-9][0-9.,]*")) {
            throw new NumberFormatException("Not a number: " + text);
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        String integer;
        String fraction;
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            if (count(s, decimal) > 1 || s.lastIndexOf(grouping) > s.lastIndexOf(decimal)) {
                throw new NumberFormatException("Not a number: " + text);
            }
            integer = grouped(s.substring(0, s.lastIndexOf(decimal)), grouping, text);
            fraction = s.substring(s.lastIndexOf(decimal) + 1);
        } else if (dots + commas > 1) {
            char grouping = dots > 0 ? '.' : ',';
            integer = grouped(s, grouping, text);
            fraction = "";
        } else if (dots + commas == 1) {
            int mark = Math.max(s.indexOf('.'), s.indexOf(','));
            integer = s.substring(0, mark);
            fraction = s.substring(mark + 1);
        } else {
            integer = s;
            fraction = "";
        }
        if (integer.isEmpty()) {
            integer = "0";
        }
        if (!integer.matches("[0-9]+") || !fraction.matches("[0-9]*")) {
            throw new NumberFormatException("Not a number: " + text);
        }
        BigDecimal value = new BigDecimal(fraction.isEmpty() ? integer : integer + "." + fraction);
        return negative ? value.negate() : value;
    }

    /** Digits grouped by thousands with this mark: the first group 1–3 digits, every next one exactly 3. */
    private static String grouped(String digits, char grouping, String text) {
        String[] groups = digits.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
        for (int i = 0; i < groups.length; i++) {
            boolean ok = i == 0 ? groups[i].length() >= 1 && groups[i].length() <= 3 : groups[i].length() == 3;
            if (!ok) {
                throw new NumberFormatException("Not a number: " + text);
            }
        }
        return String.join("", groups);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}

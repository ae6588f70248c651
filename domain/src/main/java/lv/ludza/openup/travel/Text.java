package lv.ludza.openup.travel;

/** Text as typed, without the blanks around it; nothing typed is null. */
final class Text {

    private Text() {
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package lv.ludza.openup.shared;

/** Text as typed (every feature's entities keep what the user typed this way), without the blanks around it; nothing typed is null. */
public final class Text {

    private Text() {
    }

    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

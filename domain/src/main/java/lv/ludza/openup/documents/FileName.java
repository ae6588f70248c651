package lv.ludza.openup.documents;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import lv.ludza.openup.shared.RuleViolation;

/**
 * A file's name as it is kept and offered for download: the last part of what the browser sent (no folders),
 * without control or direction-changing characters (which can disguise {@code invoice‮fdp.exe}), without the
 * characters Windows forbids, composed (NFC, as macOS sends decomposed letters), trimmed and at most
 * {@value #MAX_LENGTH} characters long, keeping its extension.
 */
public record FileName(String value) {

    public static final int MAX_LENGTH = 200;
    private static final String FORBIDDEN = "<>:\"/\\|?*";
    private static final Pattern EXTENSION = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9]{1,10}");

    public FileName {
        if (value == null || value.isBlank() || !value.equals(clean(value))) {
            throw new IllegalArgumentException("Not a clean file name: " + value);
        }
    }

    /**
     * @throws RuleViolation {@code document.fileName.required} when nothing of the name is left
     */
    public static FileName of(String sent) {
        String cleaned = sent == null ? "" : clean(sent);
        if (cleaned.isEmpty()) {
            throw RuleViolation.onField("file", "document.fileName.required");
        }
        return new FileName(cleaned);
    }

    private static String clean(String sent) {
        String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (FORBIDDEN.indexOf(c) >= 0) {
                kept.append('_');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                    && Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.PRIVATE_USE
                    && Character.getType(c) != Character.SURROGATE) {
                kept.appendCodePoint(c);
            }
        });
        return tidy(shortened(tidy(kept.toString())));
    }

    /** One space between words; no leading dots (hidden files), no trailing dots or spaces (Windows drops them). */
    private static String tidy(String name) {
        return name.replaceAll(" {2,}", " ").replaceAll("^[ .]+", "").replaceAll("[ .]+$", "");
    }

    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)) + extension;
    }

    /**
     * The extension in lower case without its dot, or "" when the name has none. What follows the last dot counts
     * as an extension only when it looks like one (up to ten letters and digits, at least one letter): in
     * {@code Rēķins nr. 15} or {@code akts 20.06.2018} it does not.
     */
    public String extension() {
        int dot = value.lastIndexOf('.');
        String after = dot <= 0 ? "" : value.substring(dot + 1);
        return EXTENSION.matcher(after).matches() ? after.toLowerCase(Locale.ROOT) : "";
    }

    /** The same name with this extension added (for a name that has none). */
    public FileName withExtension(String extension) {
        return FileName.of(shortenedFor(extension) + "." + extension);
    }

    private String shortenedFor(String extension) {
        int room = MAX_LENGTH - extension.length() - 1;
        return value.codePointCount(0, value.length()) <= room ? value
                : value.substring(0, value.offsetByCodePoints(0, room)).strip();
    }

    @Override
    public String toString() {
        return value;
    }
}

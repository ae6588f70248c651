package lv.ludza.openup.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} header that makes a browser save a file under its name (RFC 6266): an ASCII
 * fallback for old clients and the exact UTF-8 name ({@code filename*}, RFC 8187), so {@code Rēķins.pdf} arrives as
 * {@code Rēķins.pdf}.
 */
final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        return disposition("attachment", fileName);
    }

    /** Shown in the page (a photo), saved under its name if the user saves it. */
    static String inline(String fileName) {
        return disposition("inline", fileName);
    }

    private static String disposition(String type, String fileName) {
        return type + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded(fileName);
    }

    /** Latvian and Lithuanian letters without their marks (ē → e), anything else outside printable ASCII as _. */
    static String asciiFallback(String fileName) {
        String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return ascii.toString();
    }

    static String encoded(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}

package lv.ludza.openup.documents;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The names in a zip file's central directory, read from the bytes without unpacking anything (so a zip bomb costs
 * nothing). Only a plain zip that starts with its first entry counts: a program with a zip appended to it (a
 * self-extracting archive) does not.
 */
final class ZipDirectory {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xffff;
    private static final int STORED = 0;

    private final byte[] content;
    private final Set<String> names;

    private ZipDirectory(byte[] content, Set<String> names) {
        this.content = content;
        this.names = names;
    }

    /** The names of the entries, folders included ({@code word/document.xml}, {@code mimetype}, ...). */
    Set<String> names() {
        return names;
    }

    static boolean isZip(byte[] content) {
        return content.length >= 30 && u32(content, 0) == LOCAL_HEADER;
    }

    /** The directory, or empty when the bytes are not a complete, readable zip. */
    static Optional<ZipDirectory> read(byte[] content) {
        if (!isZip(content)) {
            return Optional.empty();
        }
        int end = -1;
        for (int at = content.length - END_RECORD_SIZE; at >= 0 && at >= content.length - END_RECORD_SIZE - MAX_COMMENT;
                at--) {
            if (u32(content, at) == END_OF_DIRECTORY) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        int count = u16(content, end + 10);
        long size = u32(content, end + 12) & 0xffffffffL;
        long offset = u32(content, end + 16) & 0xffffffffL;
        if (offset + size > end) {
            return Optional.empty(); // Zip64, or truncated
        }
        Set<String> names = new LinkedHashSet<>();
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at + 46 > end || u32(content, at) != CENTRAL_HEADER) {
                return Optional.empty();
            }
            int nameLength = u16(content, at + 28);
            int extraLength = u16(content, at + 30);
            int commentLength = u16(content, at + 32);
            if (at + 46 + nameLength > end) {
                return Optional.empty();
            }
            names.add(new String(content, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return Optional.of(new ZipDirectory(content, Set.copyOf(names)));
    }

    /**
     * An OpenDocument file's type: its first entry is {@code mimetype}, stored uncompressed, holding the media type
     * (the OpenDocument specification requires exactly this, so that the type can be read at a fixed place).
     */
    Optional<String> openDocumentMimetype() {
        int nameLength = u16(content, 26);
        int extraLength = u16(content, 28);
        long length = u32(content, 22) & 0xffffffffL;
        int data = 30 + nameLength + extraLength;
        if (u16(content, 8) != STORED || nameLength != 8 || length > 100 || data + length > content.length
                || !"mimetype".equals(new String(content, 30, 8, StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new String(content, data, (int) length, StandardCharsets.US_ASCII));
    }

    static int u16(byte[] b, int at) {
        return at + 2 > b.length || at < 0 ? -1 : (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    static int u32(byte[] b, int at) {
        return at + 4 > b.length || at < 0 ? -1
                : (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}

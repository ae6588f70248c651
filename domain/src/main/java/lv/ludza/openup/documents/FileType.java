package lv.ludza.openup.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a document may be. A file's kind is recognised by its content (its signature, the parts an
 * office file is made of, or being UTF-8 text); its name only has to agree. Anything else is refused: programs,
 * archives, macro-enabled office files, encrypted or unknown formats.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    /** Plain text, CSV or XML (a bank statement): valid UTF-8 without NUL bytes, served as plain text. */
    TEXT("text/plain; charset=UTF-8", "txt", "csv", "xml");

    private static final String CSV_CONTENT_TYPE = "text/csv; charset=UTF-8";

    private static final byte[] PDF_SIGNATURE = ascii("%PDF-");
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final byte[] JPEG_SIGNATURE = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };
    private static final byte[] GIF87_SIGNATURE = ascii("GIF87a");
    private static final byte[] GIF89_SIGNATURE = ascii("GIF89a");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP_FORM = ascii("WEBP");

    /** Parts that only macro-enabled office files have (OOXML and the binary formats). */
    private static final Set<String> MACRO_PARTS = Set.of("vbaproject.bin", "macros", "_vba_project_cur", "vba");

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    /** What the file is, judged by its content alone; empty when it is none of the accepted kinds. */
    public static Optional<FileType> detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, 0, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, GIF87_SIGNATURE) || startsWith(content, 0, GIF89_SIGNATURE)) {
            return Optional.of(GIF);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_FORM)) {
            return Optional.of(WEBP);
        }
        if (ZipDirectory.isZip(content)) {
            return ZipDirectory.read(content).flatMap(FileType::officeZip);
        }
        if (CompoundFile.isCompoundFile(content)) {
            return CompoundFile.entryNames(content).flatMap(FileType::legacyOffice);
        }
        return isUtf8Text(content) ? Optional.of(TEXT) : Optional.empty();
    }

    /** Office Open XML (a zip with [Content_Types].xml) or OpenDocument (a zip whose first entry is its mimetype). */
    private static Optional<FileType> officeZip(ZipDirectory zip) {
        if (zip.names().stream().map(name -> lastPart(name).toLowerCase(Locale.ROOT)).anyMatch(MACRO_PARTS::contains)) {
            return Optional.empty();
        }
        if (zip.names().contains("[Content_Types].xml")) {
            if (zip.names().stream().anyMatch(name -> name.startsWith("word/"))) {
                return Optional.of(DOCX);
            }
            if (zip.names().stream().anyMatch(name -> name.startsWith("xl/"))) {
                return Optional.of(XLSX);
            }
            if (zip.names().stream().anyMatch(name -> name.startsWith("ppt/"))) {
                return Optional.of(PPTX);
            }
            return Optional.empty();
        }
        return zip.openDocumentMimetype().flatMap(mimetype -> switch (mimetype) {
            case "application/vnd.oasis.opendocument.text" -> Optional.of(ODT);
            case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(ODS);
            default -> Optional.empty();
        });
    }

    /** Word 97–2003 and Excel 97–2003 files are compound files with a stream of that program's name. */
    private static Optional<FileType> legacyOffice(Set<String> names) {
        if (names.stream().map(name -> name.toLowerCase(Locale.ROOT)).anyMatch(MACRO_PARTS::contains)) {
            return Optional.empty();
        }
        if (names.contains("WordDocument")) {
            return Optional.of(DOC);
        }
        if (names.contains("Workbook") || names.contains("Book")) {
            return Optional.of(XLS);
        }
        return Optional.empty(); // e.g. an installer (.msi) or an encrypted office file
    }

    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The type a stored content type stands for (to label a document in lists). */
    public static Optional<FileType> ofContentType(String contentType) {
        if (CSV_CONTENT_TYPE.equals(contentType)) {
            return Optional.of(TEXT);
        }
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
    }

    /** Whether a file of this type may have a name ending with this extension (lower case, without the dot). */
    public boolean allows(String extension) {
        return extensions.contains(extension);
    }

    /** A photo or picture a browser shows by itself (PNG, JPEG, GIF, WebP). */
    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF || this == WEBP;
    }

    /** The extension a file of this type gets when its name has none. */
    public String defaultExtension() {
        return extensions.get(0);
    }

    /** The content type to serve a file of this type with, by the extension of its (agreeing) name. */
    public String contentTypeFor(String extension) {
        return this == TEXT && "csv".equals(extension) ? CSV_CONTENT_TYPE : contentType;
    }

    public List<String> extensions() {
        return extensions;
    }

    private static String lastPart(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        return Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

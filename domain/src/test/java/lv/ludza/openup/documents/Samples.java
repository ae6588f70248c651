package lv.ludza.openup.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, built as their programs build them (signatures, zip parts, compound file directory). */
final class Samples {

    private Samples() {
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 }, ascii("IHDR"),
                new byte[17]);
    }

    static byte[] jpeg() {
        return concat(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16 }, ascii("JFIF"),
                new byte[20], new byte[] { (byte) 0xff, (byte) 0xd9 });
    }

    static byte[] gif() {
        return concat(ascii("GIF89a"), new byte[] { 1, 0, 1, 0, 0, 0, 0, ';' });
    }

    static byte[] webp() {
        return concat(ascii("RIFF"), new byte[] { 26, 0, 0, 0 }, ascii("WEBPVP8L"), new byte[18]);
    }

    /** A Windows program: what a renamed .exe starts with. */
    static byte[] exe() {
        return concat(ascii("MZ"), new byte[] { (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff },
                ascii("This program cannot be run in DOS mode."), new byte[64]);
    }

    static byte[] docx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>", "word/document.xml",
                "<w:document/>", "docProps/core.xml", "<cp:coreProperties/>");
    }

    static byte[] xlsx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>", "xl/workbook.xml",
                "<workbook/>", "xl/worksheets/sheet1.xml", "<worksheet/>");
    }

    static byte[] pptx() {
        return zip(false, "[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p:presentation/>");
    }

    /** A Word document with macros (.docm), whatever it is called. */
    static byte[] docm() {
        return zip(false, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>",
                "word/vbaProject.bin", "macros");
    }

    static byte[] odt() {
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office:document-content/>",
                "META-INF/manifest.xml", "<manifest:manifest/>");
    }

    static byte[] ods() {
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>");
    }

    /** An OpenDocument drawing: an OpenDocument file, but not one of the accepted kinds. */
    static byte[] odg() {
        return zip(true, "mimetype", "application/vnd.oasis.opendocument.graphics", "content.xml", "<x/>");
    }

    /** A zip of photos: a zip, but not an office document. */
    static byte[] zipOfPhotos() {
        return zip(false, "photo1.jpg", "x", "photo2.jpg", "y");
    }

    static byte[] doc() {
        return compoundFile("WordDocument", "1Table", "\u0005SummaryInformation");
    }

    static byte[] xls() {
        return compoundFile("Workbook", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation");
    }

    /** An installer (.msi): a compound file too, with neither a Word nor an Excel stream. */
    static byte[] msi() {
        return compoundFile("\u4840\u3f3f\u4577\u6c6c", "\u4840\u3b3f\u43f2", "\u0005SummaryInformation");
    }

    /** A zip of these entries, given as name, content, name, content ...; the first one stored if asked. */
    static byte[] zip(boolean firstStored, String... namesAndContents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                if (firstStored && i == 0) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCompressedSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A compound file (version 3, 512-byte sectors): sector 0 is the allocation table, then the directory (root
     * entry and these streams, four entries a sector, chained through the table), then one sector of data.
     */
    static byte[] compoundFile(String... streamNames) {
        int sector = 512;
        int entries = streamNames.length + 1;
        int directorySectors = (entries + 3) / 4;
        ByteBuffer file = ByteBuffer.allocate(sector * (2 + directorySectors + 1)).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1 });
        file.putShort(24, (short) 0x3e).putShort(26, (short) 3).putShort(28, (short) 0xfffe);
        file.putShort(30, (short) 9).putShort(32, (short) 6);
        file.putInt(44, 1).putInt(48, 1).putInt(56, 4096).putInt(60, -2).putInt(64, 0).putInt(68, -2).putInt(72, 0);
        file.putInt(76, 0);
        for (int i = 1; i < 109; i++) {
            file.putInt(76 + 4 * i, -1);
        }
        int table = sector; // sector 0
        Arrays.fill(file.array(), table, table + sector, (byte) 0xff);
        file.putInt(table, -3); // the table's own sector
        for (int d = 1; d <= directorySectors; d++) {
            file.putInt(table + 4 * d, d == directorySectors ? -2 : d + 1);
        }
        file.putInt(table + 4 * (directorySectors + 1), -2); // the data sector
        for (int e = 0; e < entries; e++) {
            int at = sector * 2 + 128 * e; // directory sectors follow one another from sector 1
            String name = e == 0 ? "Root Entry" : streamNames[e - 1];
            byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
            file.position(at);
            file.put(utf16);
            file.putShort(at + 64, (short) (utf16.length + 2));
            file.put(at + 66, (byte) (e == 0 ? 5 : 2));
            file.putInt(at + 68, -1).putInt(at + 72, -1).putInt(at + 76, e == 0 && entries > 1 ? 1 : -1);
            file.putInt(at + 116, e == 0 ? -2 : directorySectors + 1);
        }
        return file.array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

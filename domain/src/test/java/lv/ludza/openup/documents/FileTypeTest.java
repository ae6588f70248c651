package lv.ludza.openup.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A file is what its content says, whatever it is called. */
class FileTypeTest {

    @Test
    void picturesAndPdfAreRecognisedByTheirSignature() {
        assertEquals(Optional.of(FileType.PDF), FileType.detect(Samples.pdf()));
        assertEquals(Optional.of(FileType.PNG), FileType.detect(Samples.png()));
        assertEquals(Optional.of(FileType.JPEG), FileType.detect(Samples.jpeg()));
        assertEquals(Optional.of(FileType.GIF), FileType.detect(Samples.gif()));
        assertEquals(Optional.of(FileType.WEBP), FileType.detect(Samples.webp()));
    }

    @Test
    void officeOpenXmlIsAZipWithContentTypesAndTheProgramsPart() {
        assertEquals(Optional.of(FileType.DOCX), FileType.detect(Samples.docx()));
        assertEquals(Optional.of(FileType.XLSX), FileType.detect(Samples.xlsx()));
        assertEquals(Optional.of(FileType.PPTX), FileType.detect(Samples.pptx()));
    }

    @Test
    void openDocumentIsAZipWhoseFirstEntryIsItsMimetype() {
        assertEquals(Optional.of(FileType.ODT), FileType.detect(Samples.odt()));
        assertEquals(Optional.of(FileType.ODS), FileType.detect(Samples.ods()));
        assertEquals(Optional.empty(), FileType.detect(Samples.odg()), "an OpenDocument drawing is not accepted");
        // a zip that only says "mimetype" somewhere, not as its first stored entry, is not OpenDocument
        assertEquals(Optional.empty(), FileType.detect(Samples.zip(false, "content.xml", "<x/>", "mimetype",
                "application/vnd.oasis.opendocument.text")));
    }

    @Test
    void legacyOfficeFilesAreCompoundFilesWithAWordOrExcelStream() {
        assertEquals(Optional.of(FileType.DOC), FileType.detect(Samples.doc()));
        assertEquals(Optional.of(FileType.XLS), FileType.detect(Samples.xls()));
        // the directory spans several sectors, chained through the allocation table
        assertEquals(Optional.of(FileType.XLS), FileType.detect(Samples.compoundFile("a", "b", "c", "d", "e", "f",
                "g", "h", "i", "Workbook")));
    }

    @Test
    void plainTextAndCsvAreValidUtf8WithoutNulBytes() {
        assertEquals(Optional.of(FileType.TEXT), FileType.detect(
                "Rēķins;Summa\nDT-2018/0620;18 549,76\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(FileType.TEXT), FileType.detect(
                "\uFEFFSąskaita faktūra".getBytes(StandardCharsets.UTF_8)), "with a byte order mark");
        assertEquals(Optional.empty(), FileType.detect("Rēķins".getBytes(java.nio.charset.Charset.forName("windows-1257"))),
                "the Baltic Windows code page is not UTF-8");
        assertEquals(Optional.empty(), FileType.detect("abc\0def".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), FileType.detect(
                "Windows text".getBytes(StandardCharsets.UTF_16LE)), "UTF-16 has NUL bytes");
    }

    @Test
    void programsArchivesMacrosAndOtherCompoundFilesAreRefused() {
        assertEquals(Optional.empty(), FileType.detect(Samples.exe()));
        assertEquals(Optional.empty(), FileType.detect(Samples.zipOfPhotos()));
        assertEquals(Optional.empty(), FileType.detect(Samples.docm()), "macro-enabled");
        assertEquals(Optional.empty(), FileType.detect(Samples.msi()), "an installer is a compound file too");
        assertEquals(Optional.empty(), FileType.detect(Samples.compoundFile("WordDocument", "Macros")));
        assertEquals(Optional.empty(), FileType.detect(Samples.concat(Samples.exe(), Samples.docx())),
                "a self-extracting archive is a program with a zip appended");
        assertEquals(Optional.empty(), FileType.detect(new byte[0]));
    }

    @Test
    void damagedContainersAreRefusedNotGuessed() {
        byte[] docx = Samples.docx();
        assertEquals(Optional.empty(), FileType.detect(java.util.Arrays.copyOf(docx, docx.length - 30)),
                "a cut-off zip has no directory");
        byte[] doc = Samples.doc();
        byte[] loop = doc.clone();
        // the directory's sector points to itself in the allocation table: reading must end, not loop
        java.nio.ByteBuffer.wrap(loop).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(512 + 4, 1);
        assertEquals(Optional.empty(), FileType.detect(loop));
        assertEquals(Optional.empty(), FileType.detect(java.util.Arrays.copyOf(doc, 600)), "truncated");
    }

    @Test
    void eachTypeNamesItsExtensionsAndContentType() {
        assertTrue(FileType.JPEG.allows("jpeg") && FileType.JPEG.allows("jpg"));
        assertTrue(!FileType.PDF.allows("exe"));
        assertEquals("text/csv; charset=UTF-8", FileType.TEXT.contentTypeFor("csv"));
        assertEquals("text/plain; charset=UTF-8", FileType.TEXT.contentTypeFor("txt"));
        assertEquals(Optional.of(FileType.TEXT), FileType.ofContentType("text/csv; charset=UTF-8"));
        for (FileType type : FileType.values()) {
            assertEquals(Optional.of(type), FileType.ofContentType(type.contentTypeFor(type.defaultExtension())));
        }
    }
}

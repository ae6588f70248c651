package lv.ludza.openup.documents;

import static lv.ludza.openup.shared.Ids.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.PartnerRole;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

class DocumentTest {

    private static final long LIMIT = 20L * 1024 * 1024;

    private final Partner ludza = withId(new Partner(PartnerRole.LEAD_PARTNER, "Ludzas novada pašvaldība", "Ludza",
            Country.LV, Money.ZERO, new BigDecimal("0.85")), 1L);

    @Test
    void aDocumentKnowsItsTypeSizeAndChecksum() {
        byte[] text = "abc".getBytes(StandardCharsets.US_ASCII);
        Document document = Document.of(DocumentOwner.INVOICE, 7L, ludza, "piezīmes.txt", text, "  Paskaidrojums ",
                LIMIT);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", document.getSha256());
        assertEquals("ba7816bf8f01", document.getShortSha256());
        assertEquals(3, document.getSizeBytes());
        assertEquals("text/plain; charset=UTF-8", document.getContentType());
        assertEquals(FileType.TEXT, document.getFileType());
        assertEquals("Paskaidrojums", document.getDescription());
        assertEquals(DocumentOwner.INVOICE, document.getOwner());
        assertEquals(7L, document.getOwnerId());
        assertNull(Document.of(DocumentOwner.SUPPLIER, 8L, null, "a.csv", text, " ", LIMIT).getDescription());
        assertEquals("text/csv; charset=UTF-8",
                Document.of(DocumentOwner.SUPPLIER, 8L, null, "a.csv", text, null, LIMIT).getContentType());
    }

    @Test
    void aNameWithoutExtensionGetsTheOneOfItsContent() {
        Document scan = Document.of(DocumentOwner.CONTRACT, 1L, ludza, "scan 2018-07-25", Samples.pdf(), null, LIMIT);
        assertEquals("scan 2018-07-25.pdf", scan.getFileName());
        assertEquals("application/pdf", scan.getContentType());
    }

    @Test
    void aNameThatContradictsTheContentIsRefused() {
        RuleViolation exe = assertThrows(RuleViolation.class,
                () -> Document.of(DocumentOwner.INVOICE, 1L, ludza, "rekins.pdf", Samples.exe(), null, LIMIT));
        assertEquals("document.type.unknown", exe.getKey());
        assertEquals("rekins.pdf", exe.getArguments()[0]);
        assertEquals("file", exe.getField());

        RuleViolation renamed = assertThrows(RuleViolation.class,
                () -> Document.of(DocumentOwner.INVOICE, 1L, ludza, "rekins.pdf", Samples.png(), null, LIMIT));
        assertEquals("document.type.mismatch", renamed.getKey());
        assertEquals("pdf", renamed.getArguments()[1]);
        assertEquals(FileType.PNG, renamed.getArguments()[2]);

        assertEquals("document.type.mismatch", assertThrows(RuleViolation.class, () -> Document.of(
                DocumentOwner.INVOICE, 1L, ludza, "tabula.xls", Samples.xlsx(), null, LIMIT)).getKey());
        assertEquals("document.type.unknown", assertThrows(RuleViolation.class, () -> Document.of(
                DocumentOwner.INVOICE, 1L, ludza, "photos.docx", Samples.zipOfPhotos(), null, LIMIT)).getKey());
    }

    @Test
    void emptyAndTooLargeFilesAreRefused() {
        RuleViolation empty = assertThrows(RuleViolation.class,
                () -> Document.of(DocumentOwner.INVOICE, 1L, ludza, "tukšs.txt", new byte[0], null, LIMIT));
        assertEquals("document.empty", empty.getKey());

        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(Samples.pdf(), 0, big, 0, Samples.pdf().length);
        RuleViolation tooLarge = assertThrows(RuleViolation.class,
                () -> Document.of(DocumentOwner.INVOICE, 1L, ludza, "liels.pdf", big, null, 2L * 1024 * 1024));
        assertEquals("document.tooLarge", tooLarge.getKey());
        assertEquals(2L, tooLarge.getArguments()[2]);
        Document exactly = Document.of(DocumentOwner.INVOICE, 1L, ludza, "tieši.pdf",
                java.util.Arrays.copyOf(big, big.length - 1), null, 2L * 1024 * 1024);
        assertEquals(2L * 1024 * 1024, exactly.getSizeBytes());
    }

    @Test
    void aDescriptionHasAtMost500Characters() {
        assertEquals("document.description.size", assertThrows(RuleViolation.class, () -> Document.of(
                DocumentOwner.INVOICE, 1L, ludza, "a.pdf", Samples.pdf(), "x".repeat(501), LIMIT)).getKey());
    }

    @Test
    void eachOwnerKnowsWhosePartnerItsRecordIs() {
        lv.ludza.openup.procurement.Supplier supplier = new lv.ludza.openup.procurement.Supplier("SIA Demo", "1",
                Country.LV);
        assertNull(DocumentOwner.SUPPLIER.partnerOf(supplier));
        lv.ludza.openup.procurement.Invoice invoice = new lv.ludza.openup.procurement.Invoice(ludza, supplier, "1",
                java.time.LocalDate.of(2018, 6, 20));
        assertEquals(ludza, DocumentOwner.INVOICE.partnerOf(invoice));
    }
}

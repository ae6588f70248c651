package lv.ludza.openup.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.InvoiceService;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.procurement.SupplierService;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RuleViolation;

/** Documents on the real database: attached, listed, downloaded and deleted with a log; the checks; who may. */
@ExtendWith(ArquillianExtension.class)
class DocumentIT {

    private static final int MEGABYTE = 1024 * 1024;

    private AsUser as;
    private DocumentService documents;
    private long demoInvoice;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        documents = Services.lookup(DocumentService.class);
        InvoiceService invoices = Services.lookup(InvoiceService.class);
        List<Invoice> page = as.call("auditor",
                () -> invoices.page(new PageRequest(0, 1, null, true, Map.of("number", "DT-2018/0620"))));
        demoInvoice = page.get(0).getId();
    }

    @Test
    void aDocumentIsAttachedListedDownloadedAndDeletedAndEachStepIsLogged() throws Exception {
        byte[] pdf = pdf("acceptance act " + System.nanoTime());
        Document attached = as.call("accountant", () -> documents.attach(DocumentOwner.INVOICE, demoInvoice,
                "C:\\scans\\Pieņemšanas akts.pdf", pdf, "Parakstīts 2018-06-20"));
        assertEquals("Pieņemšanas akts.pdf", attached.getFileName(), "the path is not kept");
        assertEquals("application/pdf", attached.getContentType());
        assertEquals(pdf.length, attached.getSizeBytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), attached.getSha256());
        assertEquals("accountant", attached.getCreatedBy());

        List<Document> listed = as.call("staff", () -> documents.list(DocumentOwner.INVOICE, demoInvoice));
        Document shown = listed.stream().filter(d -> d.getId().equals(attached.getId())).findFirst().orElseThrow();
        assertEquals("Parakstīts 2018-06-20", shown.getDescription());
        assertEquals(FileType.PDF, shown.getFileType());

        RuleViolation again = assertThrows(RuleViolation.class, () -> as.call("coordinator",
                () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "copy.pdf", pdf, null)));
        assertEquals("document.duplicate", again.getKey());
        assertEquals("Pieņemšanas akts.pdf", again.getArguments()[0]);
        // the same file may be evidence of another record too
        Document onSupplier = as.call("accountant", () -> documents.attach(DocumentOwner.SUPPLIER,
                anySupplier(), "akts.pdf", pdf, null));

        DocumentFile downloaded = as.call("auditor", () -> documents.content(attached.getId()).orElseThrow());
        assertArrayEquals(pdf, downloaded.content());
        assertEquals("application/pdf", downloaded.contentType());
        assertEquals("Pieņemšanas akts.pdf", downloaded.fileName());

        as.run("accountant", () -> documents.delete(attached.getId()));
        assertTrue(as.call("auditor", () -> documents.content(attached.getId())).isEmpty());
        assertTrue(as.call("auditor", () -> documents.list(DocumentOwner.INVOICE, demoInvoice)).stream()
                .noneMatch(d -> d.getId().equals(attached.getId())));

        List<DocumentAccess> log = as.call("auditor", () -> documents.accessLog(attached.getId()));
        assertEquals(List.of(AccessAction.DELETE, AccessAction.DOWNLOAD, AccessAction.UPLOAD),
                log.stream().map(DocumentAccess::getAction).toList(), "newest first");
        assertEquals(List.of("accountant", "auditor", "accountant"), log.stream().map(DocumentAccess::getUsername).toList());
        assertTrue(as.call("auditor", () -> documents.accessLogOf(DocumentOwner.INVOICE, demoInvoice)).stream()
                .anyMatch(entry -> entry.getDocumentId().equals(attached.getId())
                        && entry.getFileName().equals("Pieņemšanas akts.pdf")), "the log outlives the document");
        as.run("accountant", () -> documents.delete(onSupplier.getId()));
    }

    @Test
    void aPhotoIsShownOnItsRecordsPageUnloggedAndOnlyAPhotoIsShownThatWay() throws Exception {
        byte[] png = png();
        Document photo = as.call("staff", () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "telpa.png", png,
                "Pirms remonta"));
        assertEquals(FileType.PNG, photo.getFileType());
        DocumentFile shown = as.call("auditor", () -> documents.image(photo.getId()).orElseThrow());
        assertArrayEquals(png, shown.content());
        assertEquals("image/png", shown.contentType());
        assertEquals(List.of(AccessAction.UPLOAD), as.call("auditor", () -> documents.accessLog(photo.getId())).stream()
                .map(DocumentAccess::getAction).toList(), "showing a photo on a page is no download");

        Document act = as.call("staff", () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "akts.pdf",
                pdf("act " + System.nanoTime()), null));
        assertTrue(as.call("auditor", () -> documents.image(act.getId())).isEmpty(), "a PDF is downloaded, not shown");
        assertTrue(as.call("auditor", () -> documents.image(Long.MAX_VALUE)).isEmpty());
        as.run("staff", () -> documents.delete(photo.getId()));
        as.run("staff", () -> documents.delete(act.getId()));
        assertTrue(as.call("auditor", () -> documents.image(photo.getId())).isEmpty(), "gone with its document");
    }

    @Test
    void theTypeIsJudgedByTheContentAndTheNameMustAgree() throws Exception {
        int before = as.call("auditor", () -> documents.list(DocumentOwner.INVOICE, demoInvoice)).size();
        byte[] exe = concat("MZ".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0x90, 0, 3, 0 },
                "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII), new byte[64]);
        RuleViolation program = assertThrows(RuleViolation.class, () -> as.call("accountant",
                () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "rekins.pdf", exe, null)));
        assertEquals("document.type.unknown", program.getKey());

        RuleViolation renamed = assertThrows(RuleViolation.class, () -> as.call("accountant",
                () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "photo.png", pdf("x"), null)));
        assertEquals("document.type.mismatch", renamed.getKey());
        assertEquals(FileType.PDF, renamed.getArguments()[2]);

        RuleViolation photos = assertThrows(RuleViolation.class, () -> as.call("accountant",
                () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "bildes.docx", zip("a.jpg", "b.jpg"), null)));
        assertEquals("document.type.unknown", photos.getKey(), "a zip that is not an office document");

        Document xlsx = as.call("accountant", () -> documents.attach(DocumentOwner.INVOICE, demoInvoice,
                "Maksājumi " + System.nanoTime(), zip("[Content_Types].xml", "xl/workbook.xml"), null));
        assertTrue(xlsx.getFileName().endsWith(".xlsx"), "a name without extension gets the content's");
        assertEquals(FileType.XLSX, xlsx.getFileType());
        assertEquals(before + 1, as.call("auditor", () -> documents.list(DocumentOwner.INVOICE, demoInvoice)).size(),
                "nothing of the refused files was kept");
        as.run("accountant", () -> documents.delete(xlsx.getId()));
    }

    @Test
    void emptyFilesAndFilesOverTheLimitAreRefused() throws Exception {
        RuleViolation empty = assertThrows(RuleViolation.class, () -> as.call("accountant",
                () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "tukšs.txt", new byte[0], null)));
        assertEquals("document.empty", empty.getKey());

        assertEquals(20, as.call("auditor", documents::maxMegabytes), "the default limit");
        byte[] overDefault = text(20 * MEGABYTE + 1);
        RuleViolation tooLarge = assertThrows(RuleViolation.class, () -> as.call("accountant",
                () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "liels.txt", overDefault, null)));
        assertEquals("document.tooLarge", tooLarge.getKey());
        assertEquals(20L, tooLarge.getArguments()[2]);

        // IT sets the limit for the server (-Dopenup.documents.max.mb or OPENUP_DOCUMENTS_MAX_MB); read on each upload
        System.setProperty("openup.documents.max.mb", "1");
        try {
            assertEquals(1, as.call("auditor", documents::maxMegabytes));
            assertEquals("document.tooLarge", assertThrows(RuleViolation.class, () -> as.call("accountant",
                    () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "a.txt", text(MEGABYTE + 1), null)))
                    .getKey());
            Document exactly = as.call("accountant", () -> documents.attach(DocumentOwner.INVOICE, demoInvoice,
                    "b.txt", text(MEGABYTE), null));
            assertEquals(MEGABYTE, exactly.getSizeBytes());
            assertArrayEquals(text(MEGABYTE), as.call("auditor", () -> documents.content(exactly.getId()))
                    .orElseThrow().content());
            as.run("accountant", () -> documents.delete(exactly.getId()));
        } finally {
            System.clearProperty("openup.documents.max.mb");
        }
    }

    @Test
    void whoKeepsTheRecordChangesItsDocumentsEverybodyReadsThem() throws Exception {
        Project project = as.call("auditor", () -> Services.lookup(ProjectService.class).findDefault().orElseThrow());
        Partner rokiskis = project.getPartners().stream().filter(p -> p.getCountry() == Country.LT).findFirst()
                .orElseThrow();
        String username = "accountant.lt"; // Rokiškis' accountant (demo)

        byte[] pdf = pdf("roles " + System.nanoTime());
        assertThrows(EJBAccessException.class, () -> as.call("auditor",
                () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "a.pdf", pdf, null)));
        assertThrows(EJBAccessException.class, () -> as.call(username,
                () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "a.pdf", pdf, null)),
                "another partner's accountant may not attach to a Ludza invoice");
        assertThrows(EJBAccessException.class, () -> as.call("staff.lt",
                () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "a.pdf", pdf, null)));
        assertFalse(as.call(username, () -> documents.mayChange(DocumentOwner.INVOICE, demoInvoice)));
        assertFalse(as.call("auditor", () -> documents.mayChange(DocumentOwner.INVOICE, demoInvoice)));
        assertTrue(as.call("accountant", () -> documents.mayChange(DocumentOwner.INVOICE, demoInvoice)));

        // Ludza's staff attach evidence to Ludza's records; everybody reads and downloads it
        Document byStaff = as.call("staff", () -> documents.attach(DocumentOwner.INVOICE, demoInvoice, "a.pdf", pdf,
                null));
        assertTrue(as.call(username, () -> documents.list(DocumentOwner.INVOICE, demoInvoice)).stream()
                .anyMatch(d -> d.getId().equals(byStaff.getId())));
        assertArrayEquals(pdf, as.call(username, () -> documents.content(byStaff.getId())).orElseThrow().content());
        assertThrows(EJBAccessException.class, () -> as.run(username, () -> documents.delete(byStaff.getId())));
        assertThrows(EJBAccessException.class, () -> as.run("auditor", () -> documents.delete(byStaff.getId())));
        as.run("staff", () -> documents.delete(byStaff.getId()));

        // a supplier is everybody's: the accountants keep it, staff do not
        long supplier = anySupplier();
        assertFalse(as.call("staff", () -> documents.mayChange(DocumentOwner.SUPPLIER, supplier)));
        Document onSupplier = as.call(username, () -> documents.attach(DocumentOwner.SUPPLIER, supplier,
                "registration.pdf", pdf, null));
        as.run("accountant", () -> documents.delete(onSupplier.getId()));

        RuleViolation gone = assertThrows(RuleViolation.class, () -> as.call("admin",
                () -> documents.attach(DocumentOwner.CONTRACT, Long.MAX_VALUE, "a.pdf", pdf, null)));
        assertEquals("error.recordDeleted", gone.getKey());
    }

    @Test
    void aSupplierWithDocumentsIsNotDeletedWithThem() throws Exception {
        SupplierService suppliers = Services.lookup(SupplierService.class);
        Supplier supplier = as.call("accountant", () -> suppliers.save(new Supplier("Documents Demo " + System.nanoTime(),
                "D" + System.nanoTime() % 1_000_000_000L, Country.LV)));
        Document registration = as.call("accountant", () -> documents.attach(DocumentOwner.SUPPLIER, supplier.getId(),
                "registration.pdf", pdf("registration " + System.nanoTime()), null));
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> as.run("accountant", () -> suppliers.delete(supplier.getId(), supplier.getVersion())));
        assertEquals("supplier.hasDocuments", refused.getKey());
        as.run("accountant", () -> documents.delete(registration.getId()));
        as.run("accountant", () -> suppliers.delete(supplier.getId(), supplier.getVersion()));
        assertTrue(as.call("auditor", () -> suppliers.find(supplier.getId())).isEmpty());
    }

    private long anySupplier() throws Exception {
        return as.call("auditor", () -> Services.lookup(SupplierService.class).all().get(0).getId());
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A small PNG of its own (a pixel from the clock), so that no earlier run attached the same one. */
    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, (int) (System.nanoTime() & 0xffffff));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static byte[] text(int size) {
        byte[] text = new byte[size];
        Arrays.fill(text, (byte) 'a');
        return text;
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<" + System.nanoTime() + "/>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}

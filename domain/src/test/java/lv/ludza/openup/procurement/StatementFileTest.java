package lv.ludza.openup.procurement;

import static lv.ludza.openup.shared.Ids.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.PartnerRole;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

/** The test statements of the EAR's ITs (camt.053.001.02 and .08), read and matched. */
class StatementFileTest {

    private static final Path STATEMENTS = Path.of("..", "ear", "src", "test", "resources", "statements");

    private final Partner ludza = withId(new Partner(PartnerRole.LEAD_PARTNER, "Ludzas novada pašvaldība", "Ludza",
            Country.LV, Money.ZERO, new BigDecimal("0.85")), 1L);

    static byte[] statement(String name) throws IOException {
        return Files.readString(STATEMENTS.resolve(name), StandardCharsets.UTF_8).replace("@RUN@", "T")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void version02IsReadWithItsDebitEntriesOnly() throws IOException {
        StatementFile file = StatementFile.read(statement("ludza-camt053-001-02.xml"));
        assertEquals("camt.053.001.02", file.schemaVersion());
        assertEquals("LV92HABA0551020304050", file.accountIban());
        assertEquals("Ludzas novada pašvaldība", file.accountOwner());
        assertEquals("LUDZA-2018-09-T", file.statementRef());
        assertEquals(LocalDate.of(2018, 9, 1), file.fromDate());
        assertEquals(LocalDate.of(2018, 9, 30), file.toDate());
        assertEquals(3, file.entries().size(), "the credit entry is not read");

        StatementFile.Entry shelves = file.entries().get(0);
        assertEquals(Money.eur("1210.00"), shelves.amount());
        assertEquals(LocalDate.of(2018, 9, 20), shelves.paidOn());
        assertEquals("SIA „Kokapstrāde Ērgļi”", shelves.creditorName());
        assertEquals("LV04UNLA0050012345678", shelves.creditorIban());
        assertEquals("Rēķins Nr. KA-T-1, grāmatu plaukti", shelves.remittance());
        assertEquals("LUDZA-T-1", shelves.endToEndId());
        assertEquals("HABAT0001", shelves.reference());
        assertEquals("LV92HABA0551020304050|REF|HABAT0001", shelves.key());

        StatementFile.Entry furniture = file.entries().get(1);
        assertEquals("UAB „Baldų namai“", furniture.creditorName());
        assertEquals("BN-T-7", furniture.remittance(), "the structured creditor reference");
        assertNull(file.entries().get(2).endToEndId(), "NOTPROVIDED is no id");
    }

    @Test
    void version08NestsTheCreditorAndSplitsBatches() throws IOException {
        StatementFile file = StatementFile.read(statement("ludza-camt053-001-08.xml"));
        assertEquals("camt.053.001.08", file.schemaVersion());
        assertEquals(4, file.entries().size(), "the pending entry is not read; the batch gives two");
        StatementFile.Entry again = file.entries().get(0);
        assertEquals("UAB „Baldų namai“", again.creditorName(), "Cdtr/Pty/Nm");
        assertEquals(LocalDate.of(2018, 9, 24), again.bookedOn(), "a date and time is a date");
        assertEquals(StatementFile.read(statement("ludza-camt053-001-02.xml")).entries().get(1).key(), again.key(),
                "the same entry in both statements has the same key");

        StatementFile.Entry chairs = file.entries().get(2);
        StatementFile.Entry travel = file.entries().get(3);
        assertEquals(Money.eur("300.00"), chairs.amount(), "TxDtls/Amt");
        assertEquals(Money.eur("75.50"), travel.amount(), "TxDtls/AmtDtls/TxAmt/Amt");
        assertEquals("LV04UNLA0050012345678", chairs.creditorIban(), "spaces in the IBAN do not count");
        assertEquals("Rūta Žemaitė", travel.creditorName());
        assertNotEquals(chairs.key(), travel.key(), "each transaction of a batch has its own key");
        assertEquals("HABAT0012/LUDZA-T-4", chairs.servicerRef());
    }

    @Test
    void otherFilesAreRefusedWithTheReason() {
        assertEquals("statement.unreadable", refused("not xml at all"));
        assertEquals("statement.notCamt053",
                refused("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>"));
        assertEquals("statement.notCamt053", refused("<Document><BkToCstmrStmt/></Document>"));
        assertEquals("statement.version",
                refused("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.14\"><BkToCstmrStmt/></Document>"));
        assertEquals("statement.version",
                refused("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.01\"><BkToCstmrStmt/></Document>"));
        RuleViolation camt054 = assertThrows(RuleViolation.class, () -> StatementFile.read(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("file", camt054.getField());
    }

    @Test
    void aDtdOrExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt><Id>&x;</Id>"
                + "</Stmt></BkToCstmrStmt></Document>";
        assertEquals("statement.unreadable", refused(xxe));
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"/>";
        assertEquals("statement.unreadable", refused(laughs));
    }

    @Test
    void entriesAreMatchedToOpenInvoices() throws IOException {
        Supplier ergli = withId(new Supplier("SIA „Kokapstrāde Ērgļi”", "40000000101", Country.LV), 10L);
        ergli.setIban("LV04 UNLA 0050 0123 4567 8");
        Supplier baldai = withId(new Supplier("UAB „Baldų namai“", "300000102", Country.LT), 11L);
        baldai.setIban("LT717300010123456789");
        Invoice shelves = invoice(ergli, "KA-T-1", "1000.00", "210.00", "1210.00", 20L);
        Invoice furniture = invoice(baldai, "BN-T-7", "1239.67", "260.33", "1500.00", 21L);
        Invoice chairs = invoice(ergli, "KA-T-2", "247.93", "52.07", "300.00", 22L);
        List<Invoice> open = List.of(shelves, furniture, chairs);
        List<StatementFile.Entry> september = StatementFile.read(statement("ludza-camt053-001-02.xml")).entries();

        StatementMatch full = StatementMatch.propose(september.get(0), open);
        assertEquals(shelves, full.invoice());
        assertEquals(Money.eur("1210.00"), full.amount());
        assertEquals(StatementMatch.How.IBAN_AND_NUMBER, full.how());

        StatementMatch partial = StatementMatch.propose(september.get(1), open);
        assertEquals(furniture, partial.invoice());
        assertEquals(Money.eur("500.00"), partial.amount(), "less than outstanding: a partial payment");

        StatementMatch none = StatementMatch.propose(september.get(2), open);
        assertNull(none.invoice());
        assertEquals(StatementMatch.How.NONE, none.how());

        List<StatementFile.Entry> october = StatementFile.read(statement("ludza-camt053-001-08.xml")).entries();
        furniture.pay(LocalDate.of(2018, 9, 24), Money.eur("500.00"), "HABAT0002");
        StatementMatch rest = StatementMatch.propose(october.get(1), open);
        assertEquals(furniture, rest.invoice());
        assertEquals(Money.eur("1000.00"), rest.amount());
        StatementMatch byAmount = StatementMatch.propose(october.get(2), open);
        assertEquals(chairs, byAmount.invoice(), "the supplier's IBAN and the amount outstanding");
        assertEquals(StatementMatch.How.IBAN_AND_AMOUNT, byAmount.how());

        chairs.pay(LocalDate.of(2018, 10, 1), Money.eur("100.00"), null);
        assertNull(StatementMatch.propose(october.get(2), open).invoice(), "the amount no longer equals outstanding");
        StatementMatch capped = StatementMatch.propose(october.get(1), List.of(furniture),
                invoice -> Money.eur("400.00"));
        assertEquals(Money.eur("400.00"), capped.amount(), "never more than outstanding");
    }

    private Invoice invoice(Supplier supplier, String number, String net, String vat, String gross, long id) {
        Invoice invoice = withId(new Invoice(ludza, supplier, number, LocalDate.of(2018, 9, 1)), id);
        invoice.replaceLines(List.of(new Invoice.Line("Mēbeles", BigDecimal.ONE, Money.eur(net), Money.eur(vat),
                Money.eur(gross))));
        return invoice;
    }

    private static String refused(String xml) {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> StatementFile.read(xml.getBytes(StandardCharsets.UTF_8)));
        assertTrue("file".equals(refused.getField()), "at the upload field");
        return refused.getKey();
    }
}

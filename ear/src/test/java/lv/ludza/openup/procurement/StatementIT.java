package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.documents.Document;
import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.documents.DocumentService;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.security.AccessRefused;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

/**
 * Payments from the test statements (camt.053.001.02 and .08) on the real database: the proposals, a full and a
 * partial payment, the duplicate entry recognised in the second statement and on a second import, an entry nothing
 * matches, a batch; who may.
 */
@ExtendWith(ArquillianExtension.class)
class StatementIT {

    private static final String[] FILES = { "ludza-camt053-001-02.xml", "ludza-camt053-001-08.xml" };

    private AsUser as;
    private StatementService statements;
    private InvoiceService invoices;
    private SupplierService suppliers;
    private DocumentService documents;
    private Partner ludza;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        statements = Services.lookup(StatementService.class);
        invoices = Services.lookup(InvoiceService.class);
        suppliers = Services.lookup(SupplierService.class);
        documents = Services.lookup(DocumentService.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        ludza = as.call("staff", () -> projects.findDefault().orElseThrow()).getLeadPartner();
    }

    private static byte[] statement(String name, String run) throws IOException {
        try (InputStream in = StatementIT.class.getResourceAsStream("/statements/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@RUN@", run)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private Supplier supplier(String name, String iban, Country country) throws Exception {
        Supplier supplier = new Supplier(name + " " + System.nanoTime(), "S" + System.nanoTime() % 1_000_000_000L,
                country);
        supplier.setIban(iban);
        return as.call("accountant", () -> suppliers.save(supplier));
    }

    private Invoice invoice(Supplier supplier, String number, String net, String vat, String gross) throws Exception {
        return as.call("accountant", () -> invoices.save(new Invoice(ludza, supplier, number, LocalDate.of(2018, 9, 3)),
                List.of(new Invoice.Line("Mēbeles (test)", BigDecimal.ONE, Money.eur(net), Money.eur(vat),
                        Money.eur(gross))), null));
    }

    private static List<StatementService.Choice> proposed(StatementService.Proposal proposal) {
        return proposal.rows().stream().filter(r -> r.invoiceId() != null && !r.imported())
                .map(r -> new StatementService.Choice(r.entry().key(), r.invoiceId(), r.amount())).toList();
    }

    @Test
    void paymentsAreRecordedOnceWithTheStatementAsTheirDocument() throws Exception {
        String run = "I" + System.nanoTime() % 100_000_000L;
        Supplier ergli = supplier("SIA „Kokapstrāde Ērgļi”", "LV04UNLA0050012345678", Country.LV);
        Supplier baldai = supplier("UAB „Baldų namai“", "LT717300010123456789", Country.LT);
        Invoice shelves = invoice(ergli, "KA-" + run + "-1", "1000.00", "210.00", "1210.00");
        Invoice furniture = invoice(baldai, "BN-" + run + "-7", "1239.67", "260.33", "1500.00");
        Invoice chairs = invoice(ergli, "KA-" + run + "-2", "247.93", "52.07", "300.00");
        byte[] september = statement(FILES[0], run);
        byte[] october = statement(FILES[1], run);

        StatementService.Proposal first = as.call("accountant", () -> statements.propose(ludza.getId(), september));
        assertEquals(3, first.rows().size());
        assertEquals(shelves.getId(), first.rows().get(0).invoiceId());
        assertEquals(Money.eur("1210.00"), first.rows().get(0).amount());
        assertEquals(furniture.getId(), first.rows().get(1).invoiceId());
        assertEquals(Money.eur("500.00"), first.rows().get(1).amount(), "a partial payment");
        assertNull(first.rows().get(2).invoiceId(), "the electricity bill matches nothing");
        assertTrue(first.openInvoices().stream().anyMatch(i -> i.id() == chairs.getId()));

        StatementService.Outcome recorded = as.call("accountant",
                () -> statements.record(ludza.getId(), "septembris.xml", september, proposed(first)));
        assertEquals(2, recorded.recorded());
        assertTrue(as.call("auditor", () -> invoices.find(shelves.getId()).orElseThrow()).isPaidInFull());
        assertEquals(Money.eur("1000.00"),
                as.call("auditor", () -> invoices.find(furniture.getId()).orElseThrow()).getOutstanding());
        List<Payment> payments = as.call("auditor", () -> statements.payments(recorded.statementId()));
        assertEquals(2, payments.size());
        BankStatement record = as.call("auditor", () -> statements.find(recorded.statementId()).orElseThrow());
        assertEquals("LV92HABA0551020304050", record.getAccountIban());
        assertEquals("camt.053.001.02", record.getSchemaVersion());
        List<Document> files = as.call("auditor", () -> documents.list(DocumentOwner.BANK_STATEMENT, record.getId()));
        assertEquals(List.of("septembris.xml"), files.stream().map(Document::getFileName).toList());

        // the same statement again: every entry recorded is recognised, nothing is paid twice
        StatementService.Proposal again = as.call("accountant", () -> statements.propose(ludza.getId(), september));
        assertTrue(again.rows().get(0).imported() && again.rows().get(1).imported());
        assertFalse(again.rows().get(2).imported(), "the entry left is not imported");
        StatementService.Outcome twice = as.call("accountant",
                () -> statements.record(ludza.getId(), "septembris.xml", september, proposed(first)));
        assertEquals(0, twice.recorded());
        assertEquals(2, twice.alreadyImported());
        assertNull(twice.statementId(), "no statement record without a payment");

        // October (camt.053.001.08): the duplicate entry, the rest of the invoice, a batch of two
        StatementService.Proposal next = as.call("accountant", () -> statements.propose(ludza.getId(), october));
        assertEquals(4, next.rows().size());
        assertTrue(next.rows().get(0).imported(), "the same entry in the next statement");
        assertEquals(furniture.getId(), next.rows().get(1).invoiceId());
        assertEquals(Money.eur("1000.00"), next.rows().get(1).amount());
        assertEquals(chairs.getId(), next.rows().get(2).invoiceId(), "the supplier's IBAN and the amount");
        assertNull(next.rows().get(3).invoiceId());

        RuleViolation tooMuch = assertThrows(RuleViolation.class, () -> as.call("accountant",
                () -> statements.record(ludza.getId(), "oktobris.xml", october, List.of(new StatementService.Choice(
                        next.rows().get(2).entry().key(), shelves.getId(), Money.eur("300.00"))))));
        assertEquals("statement.entryExceeds", tooMuch.getKey(), "the invoice paid in full takes nothing more");
        RuleViolation moreThanPaid = assertThrows(RuleViolation.class, () -> as.call("accountant",
                () -> statements.record(ludza.getId(), "oktobris.xml", october, List.of(new StatementService.Choice(
                        next.rows().get(3).entry().key(), furniture.getId(), Money.eur("80.00"))))));
        assertEquals("statement.moreThanEntry", moreThanPaid.getKey());

        StatementService.Outcome rest = as.call("accountant",
                () -> statements.record(ludza.getId(), "oktobris.xml", october, proposed(next)));
        assertEquals(2, rest.recorded());
        assertTrue(as.call("auditor", () -> invoices.find(furniture.getId()).orElseThrow()).isPaidInFull());
        assertTrue(as.call("auditor", () -> invoices.find(chairs.getId()).orElseThrow()).isPaidInFull());
    }

    @Test
    void onlyThoseWhoKeepThePartnersMoneyImport() throws Exception {
        byte[] september = statement(FILES[0], "W" + System.nanoTime() % 100_000_000L);
        assertThrows(EJBAccessException.class, () -> as.call("auditor",
                () -> statements.propose(ludza.getId(), september)));
        assertThrows(EJBAccessException.class, () -> as.call("staff",
                () -> statements.propose(ludza.getId(), september)));
        assertThrows(AccessRefused.class, () -> as.call("accountant.lt",
                () -> statements.propose(ludza.getId(), september)), "Rokiškis' accountant, Ludza's account");
        RuleViolation notCamt = assertThrows(RuleViolation.class, () -> as.call("accountant",
                () -> statements.propose(ludza.getId(), "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"/>"
                        .getBytes(StandardCharsets.UTF_8))));
        assertEquals("statement.notCamt053", notCamt.getKey());
        assertEquals("file", notCamt.getField());
    }
}

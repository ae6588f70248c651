package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RuleViolation;

/** Invoices and payments on the real database: the rules, conflicts, roles and the list's loading. */
@ExtendWith(ArquillianExtension.class)
class InvoiceIT {

    private AsUser as;
    private InvoiceService invoices;
    private SupplierService suppliers;
    private Partner ludza;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        invoices = Services.lookup(InvoiceService.class);
        suppliers = Services.lookup(SupplierService.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        ludza = as.call("staff", () -> projects.findDefault().orElseThrow()).getLeadPartner();
    }

    @Test
    void theDemoInvoiceIsPaidInFullAndTheListShowsItsTotals() throws Exception {
        List<Invoice> page = as.call("auditor",
                () -> invoices.page(new PageRequest(0, 10, null, true, Map.of("number", "DT-2018/0620"))));
        Invoice demo = page.get(0);
        assertEquals(Money.eur("18549.76"), demo.getGross(), "lines are loaded with the page");
        assertTrue(demo.isPaidInFull(), "payments are loaded with the page");
        assertEquals("LNP 2018/15-1", demo.getContract().getNumber());
    }

    @Test
    void anInvoiceIsEnteredAndPaidInPartsWithinItsRules() throws Exception {
        Supplier supplier = as.call("accountant", () -> suppliers.save(new Supplier("Invoice Demo " + System.nanoTime(),
                "I" + System.nanoTime() % 1_000_000_000L, Country.LV)));
        Invoice draft = new Invoice(ludza, supplier, "INV-1", LocalDate.of(2018, 9, 3));
        List<Invoice.Line> lines = List.of(new Invoice.Line("Books (demo)", new BigDecimal("10"), Money.eur("100.00"),
                Money.eur("12.00"), Money.eur("112.00")));
        Invoice saved = as.call("accountant", () -> invoices.save(draft, lines, null));
        assertEquals(Money.eur("112.00"), saved.getGross());

        RuleViolation twice = assertThrows(RuleViolation.class, () -> as.call("accountant", () -> invoices.save(
                new Invoice(ludza, supplier, "INV-1", LocalDate.of(2018, 9, 4)), lines, null)));
        assertEquals("invoice.number.taken", twice.getKey());
        RuleViolation mismatch = assertThrows(RuleViolation.class, () -> as.call("accountant", () -> invoices.save(
                new Invoice(ludza, supplier, "INV-2", LocalDate.of(2018, 9, 4)), List.of(new Invoice.Line("x",
                        BigDecimal.ONE, Money.eur("1.00"), Money.eur("0.21"), Money.eur("1.20"))), null)));
        assertEquals("invoice.line.grossMismatch", mismatch.getKey());
        assertEquals(0, as.call("auditor", () -> invoices.count(Map.of("number", "INV-2"))), "nothing half-saved");

        Invoice partly = as.call("accountant", () -> invoices.pay(saved.getId(), saved.getVersion(),
                LocalDate.of(2018, 9, 10), Money.eur("100.00"), "MU 1"));
        assertEquals(Money.eur("12.00"), partly.getOutstanding());
        assertThrows(ConcurrentChangeException.class, () -> as.call("accountant", () -> invoices.pay(saved.getId(),
                saved.getVersion(), LocalDate.of(2018, 9, 11), Money.eur("12.00"), "MU 2")));
        RuleViolation tooMuch = assertThrows(RuleViolation.class, () -> as.call("accountant", () -> invoices.pay(
                partly.getId(), partly.getVersion(), LocalDate.of(2018, 9, 11), Money.eur("12.01"), "MU 2")));
        assertEquals("payment.exceedsInvoice", tooMuch.getKey());
        Invoice paid = as.call("accountant", () -> invoices.pay(partly.getId(), partly.getVersion(),
                LocalDate.of(2018, 9, 11), Money.eur("12.00"), "MU 2"));
        assertTrue(paid.isPaidInFull());
        assertEquals(2, paid.getPayments().size());

        assertThrows(EJBAccessException.class, () -> as.call("auditor", () -> invoices.pay(paid.getId(),
                paid.getVersion(), LocalDate.of(2018, 9, 12), Money.eur("1.00"), null)));
        assertThrows(EJBAccessException.class, () -> as.call("staff", () -> invoices.save(
                new Invoice(ludza, supplier, "INV-3", LocalDate.of(2018, 9, 4)), lines, null)));
    }
}

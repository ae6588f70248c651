package lv.ludza.openup.procurement;

import static lv.ludza.openup.shared.Ids.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.PartnerRole;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

class InvoiceTest {

    private final Partner ludza = withId(new Partner(PartnerRole.LEAD_PARTNER, "Ludzas novada pašvaldība", "Ludza",
            Country.LV, Money.ZERO, new BigDecimal("0.85")), 1L);
    private final Supplier supplier = withId(new Supplier("Demo Supplier A", "1", Country.LV), 10L);

    @Test
    void totalsAreTheSumOfTheLinesAndGrossMustBeNetPlusVat() {
        Invoice invoice = invoice();
        invoice.replaceLines(List.of(line("Laptops", "6000.00", "1260.00", "7260.00"),
                line("Whiteboards", "9330.38", "1959.38", "11289.76")));
        assertEquals(Money.eur("15330.38"), invoice.getNet());
        assertEquals(Money.eur("3219.38"), invoice.getVat());
        assertEquals(Money.eur("18549.76"), invoice.getGross());
        assertEquals(2, invoice.getLines().get(1).getLineNo());

        RuleViolation mismatch = assertThrows(RuleViolation.class,
                () -> invoice.replaceLines(List.of(line("Laptops", "6000.00", "1260.00", "7260.01"))));
        assertEquals("invoice.line.grossMismatch", mismatch.getKey());
        assertEquals(1, mismatch.getArguments()[0]);
        assertEquals(Money.eur("7260.00"), mismatch.getArguments()[1]);
        assertEquals(Money.eur("18549.76"), invoice.getGross(), "a refused change leaves the lines as they were");

        assertEquals("invoice.lines.required",
                assertThrows(RuleViolation.class, () -> invoice.replaceLines(List.of())).getKey());
        assertEquals("money.negative", assertThrows(RuleViolation.class,
                () -> invoice.replaceLines(List.of(line("Refund", "-1.00", "0.00", "-1.00")))).getKey());
    }

    @Test
    void paymentsMayBePartialButNeverMoreThanTheInvoiceNorBeforeIt() {
        Invoice invoice = invoice();
        invoice.replaceLines(List.of(line("Consoles", "1000.00", "210.00", "1210.00")));
        invoice.pay(LocalDate.of(2018, 7, 1), Money.eur("1000.00"), "MU 1");
        assertFalse(invoice.isPaidInFull());
        assertEquals(Money.eur("210.00"), invoice.getOutstanding());

        RuleViolation tooMuch = assertThrows(RuleViolation.class,
                () -> invoice.pay(LocalDate.of(2018, 7, 2), Money.eur("210.01"), null));
        assertEquals("payment.exceedsInvoice", tooMuch.getKey());
        assertEquals("payment.beforeInvoice", assertThrows(RuleViolation.class,
                () -> invoice.pay(LocalDate.of(2018, 6, 19), Money.eur("1.00"), null)).getKey());
        assertEquals("payment.amount.positive", assertThrows(RuleViolation.class,
                () -> invoice.pay(LocalDate.of(2018, 7, 2), Money.ZERO, null)).getKey());

        invoice.pay(LocalDate.of(2018, 7, 2), Money.eur("210.00"), "MU 2");
        assertTrue(invoice.isPaidInFull());
        assertEquals("invoice.belowPaid", assertThrows(RuleViolation.class,
                () -> invoice.replaceLines(List.of(line("Consoles", "100.00", "21.00", "121.00")))).getKey());
    }

    @Test
    void aContractMustBeTheSamePartnersWithTheSameSupplier() {
        Invoice invoice = invoice();
        Supplier other = withId(new Supplier("Demo Supplier B", "2", Country.LV), 11L);
        Contract withOther = new Contract(ludza, other, "C1", "Consoles", LocalDate.of(2018, 6, 1));
        assertEquals("invoice.contract.mismatch",
                assertThrows(RuleViolation.class, () -> invoice.underContract(withOther)).getKey());
        Contract right = new Contract(ludza, supplier, "C2", "Consoles", LocalDate.of(2018, 6, 1));
        invoice.underContract(right);
        assertEquals(right, invoice.getContract());
    }

    private Invoice invoice() {
        return new Invoice(ludza, supplier, "DT-1", LocalDate.of(2018, 6, 20));
    }

    private static Invoice.Line line(String what, String net, String vat, String gross) {
        return new Invoice.Line(what, BigDecimal.ONE, Money.eur(net), Money.eur(vat), Money.eur(gross));
    }

    @Test
    void aLineSplitsIntoUnitsToTheCentWithNetPlusVatTheGrossOfEach() {
        Invoice invoice = invoice();
        invoice.replaceLines(List.of(line("Whiteboards", "9330.38", "1959.38", "11289.76")));
        List<InvoiceLine.Share> three = invoice.getLines().get(0).splitInto(3);
        assertEquals(List.of(Money.eur("3763.26"), Money.eur("3763.25"), Money.eur("3763.25")),
                three.stream().map(InvoiceLine.Share::gross).toList(), "not 3 763,24 + 3 763,24 + 3 763,28");
        assertEquals(List.of(Money.eur("3110.13"), Money.eur("3110.13"), Money.eur("3110.12")),
                three.stream().map(InvoiceLine.Share::net).toList());
        assertEquals(Money.eur("1959.38"), three.stream().map(InvoiceLine.Share::vat).reduce(Money.ZERO, Money::plus));
        for (InvoiceLine.Share share : three) {
            assertEquals(share.gross(), share.net().plus(share.vat()));
            assertFalse(share.vat().isNegative());
        }
        invoice.replaceLines(List.of(line("Cables", "1.00", "0.01", "1.01")));
        assertEquals(List.of(Money.eur("0.34"), Money.eur("0.34"), Money.eur("0.33")), invoice.getLines().get(0)
                .splitInto(3).stream().map(InvoiceLine.Share::gross).toList());
    }

    /** A line at a rate: VAT half up per line as on the paper invoice, gross computed; typed VAT kept with a warning. */
    @Test
    void aLineAtARateComputesVatHalfUpAndATypedVatMayDifferByACent() {
        VatRate lv21 = new VatRate(Country.LV, VatKind.STANDARD, new BigDecimal("21"), LocalDate.of(2012, 7, 1));
        Invoice invoice = invoice();
        invoice.replaceLines(List.of(Invoice.Line.at(lv21, "Laptops", BigDecimal.ONE, Money.eur("1250.50")),
                Invoice.Line.at(lv21, "Cable", BigDecimal.ONE, Money.eur("0.05")),
                new Invoice.Line("Mouse", BigDecimal.ONE, Money.eur("10.00"), Money.eur("2.11"), Money.eur("12.11"),
                        lv21),
                new Invoice.Line("Pad", BigDecimal.ONE, Money.eur("10.00"), Money.eur("2.12"), Money.eur("12.12"),
                        lv21)));
        assertEquals(Money.eur("262.61"), invoice.getLines().get(0).getVat(), "262.605 half up");
        assertEquals(Money.eur("1513.11"), invoice.getLines().get(0).getGross());
        assertEquals(Money.eur("0.01"), invoice.getLines().get(1).getVat(), "0.0105 half up");
        assertFalse(invoice.getLines().get(0).isVatOffRate());
        assertFalse(invoice.getLines().get(2).isVatOffRate(), "a cent off is how invoices round");
        assertTrue(invoice.getLines().get(3).isVatOffRate(), "two cents off is worth a look");
        assertEquals(lv21, invoice.getLines().get(3).getVatRate());

        VatRate reverse = new VatRate(Country.LV, VatKind.REVERSE_CHARGE, new BigDecimal("21"), LocalDate.of(2013, 1, 1));
        assertEquals(Money.ZERO, reverse.vatOf(Money.eur("310.00")), "the buyer accounts for it");

        VatRate lt9 = new VatRate(Country.LT, VatKind.REDUCED, new BigDecimal("9"), LocalDate.of(2009, 9, 1));
        RuleViolation foreign = assertThrows(RuleViolation.class, () -> invoice.replaceLines(
                List.of(Invoice.Line.at(lt9, "Books", BigDecimal.ONE, Money.eur("100.00")))));
        assertEquals("invoice.line.rateNotValid", foreign.getKey());
        VatRate lv5 = new VatRate(Country.LV, VatKind.SUPER_REDUCED, new BigDecimal("5"), LocalDate.of(2018, 7, 1));
        assertEquals("invoice.line.rateNotValid", assertThrows(RuleViolation.class, () -> invoice.replaceLines(
                List.of(Invoice.Line.at(lv5, "Apples", BigDecimal.ONE, Money.eur("100.00"))))).getKey(),
                "a rate not yet valid on the invoice's date");
    }
}

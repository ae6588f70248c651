package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.shared.DateRange;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

/** The eligibility rules one by one, from a declaration that passes them all. */
class EligibilityTest {

    private static final DateRange PROJECT = DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2019, 9, 30));
    private static final LocalDate INVOICED = LocalDate.of(2018, 6, 20);
    private static final LocalDate PAID = LocalDate.of(2018, 7, 5);

    private static Eligibility claim(LocalDate document, LocalDate paid, String outstanding, boolean vatRecoverable,
            String amount, String planned, String declared) {
        return new Eligibility(PROJECT, document, paid, Money.eur(outstanding), Money.eur("1000.00"),
                Money.eur("1210.00"), vatRecoverable, Money.eur(amount), Money.eur(planned), Money.eur(declared),
                new BigDecimal("0.20"));
    }

    private static RuleViolation broken(Eligibility eligibility) {
        return assertThrows(RuleViolation.class, eligibility::check);
    }

    @Test
    void aPaidInvoiceInsideTheProjectWithinTheLinePasses() {
        claim(INVOICED, PAID, "0.00", false, "1210.00", "5000.00", "3000.00").check();
    }

    @Test
    void theAmountMustBePositive() {
        assertEquals("expenditure.amount.positive",
                broken(claim(INVOICED, PAID, "0.00", false, "0.00", "5000.00", "0.00")).getKey());
        assertEquals("expenditure.amount.positive",
                broken(claim(INVOICED, PAID, "0.00", false, "-1.00", "5000.00", "0.00")).getKey());
    }

    @Test
    void theInvoiceMustBeDatedInsideTheProject() {
        RuleViolation early = broken(claim(LocalDate.of(2018, 3, 31), PAID, "0.00", false, "100.00", "5000.00",
                "0.00"));
        assertEquals("expenditure.documentOutsideProject", early.getKey());
        assertEquals(LocalDate.of(2018, 3, 31), early.getArguments()[0]);
        // the first and the last day of the project are inside
        claim(LocalDate.of(2018, 4, 1), PAID, "0.00", false, "100.00", "5000.00", "0.00").check();
    }

    @Test
    void theCostMustBePaidInFull() {
        RuleViolation partly = broken(claim(INVOICED, PAID, "210.00", false, "100.00", "5000.00", "0.00"));
        assertEquals("expenditure.notPaidInFull", partly.getKey());
        assertEquals(Money.eur("210.00"), partly.getArguments()[0]);
        assertEquals("expenditure.notPaidInFull",
                broken(claim(INVOICED, null, "1210.00", false, "100.00", "5000.00", "0.00")).getKey());
    }

    @Test
    void thePaymentMustBeInsideTheProject() {
        RuleViolation late = broken(claim(INVOICED, LocalDate.of(2019, 10, 1), "0.00", false, "100.00", "5000.00",
                "0.00"));
        assertEquals("expenditure.paymentOutsideProject", late.getKey());
        claim(INVOICED, LocalDate.of(2019, 9, 30), "0.00", false, "100.00", "5000.00", "0.00").check();
    }

    @Test
    void recoverableVatIsNotEligible() {
        RuleViolation vat = broken(claim(INVOICED, PAID, "0.00", true, "1000.01", "5000.00", "0.00"));
        assertEquals("expenditure.vatRecoverable", vat.getKey());
        assertEquals("amount", vat.getField());
        assertArrayEquals(new Object[] { Money.eur("1000.00") }, vat.getArguments());
        claim(INVOICED, PAID, "0.00", true, "1000.00", "5000.00", "0.00").check();
        // without recoverable VAT the gross is the most
        claim(INVOICED, PAID, "0.00", false, "1210.00", "5000.00", "0.00").check();
        assertEquals("expenditure.aboveCost",
                broken(claim(INVOICED, PAID, "0.00", false, "1210.01", "5000.00", "0.00")).getKey());
    }

    @Test
    void aBudgetLineMayBeExceededByTheFlexibilityOnly() {
        // 1,000.00 planned + 20 % = 1,200.00 at most
        claim(INVOICED, PAID, "0.00", false, "200.00", "1000.00", "1000.00").check();
        RuleViolation over = broken(claim(INVOICED, PAID, "0.00", false, "200.01", "1000.00", "1000.00"));
        assertEquals("expenditure.overBudget", over.getKey());
        assertArrayEquals(new Object[] { Money.eur("1200.00"), Money.eur("1000.00"), Money.eur("200.00"), "20" },
                over.getArguments());
        // a line already over its limit leaves nothing
        RuleViolation none = broken(claim(INVOICED, PAID, "0.00", false, "1.00", "0.00", "10.00"));
        assertEquals(Money.ZERO, none.getArguments()[2]);
    }

    @Test
    void theProposedAmountIsNetWhereVatIsRecoverable() {
        assertEquals(Money.eur("1000.00"), Eligibility.proposed(Money.eur("1000.00"), Money.eur("1210.00"), true));
        assertEquals(Money.eur("1210.00"), Eligibility.proposed(Money.eur("1000.00"), Money.eur("1210.00"), false));
    }
}

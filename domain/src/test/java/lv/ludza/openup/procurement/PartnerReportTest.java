package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.PartnerRole;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.shared.DateRange;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

class PartnerReportTest {

    private final Partner ludza = new Partner(PartnerRole.LEAD_PARTNER, "Ludzas novada pašvaldība", "Ludza",
            Country.LV, Money.eur("50849.76"), new BigDecimal("0.85"));
    private final ReportingPeriod first = new ReportingPeriod(null, 1,
            DateRange.of(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 9, 30)));
    private static final LocalDate DAY = LocalDate.of(2018, 10, 10);

    @Test
    void goesFromDraftThroughControlToCertifiedAndOnlyForward() {
        PartnerReport report = new PartnerReport(ludza, first);
        report.requireOpen();
        assertEquals("report.empty", assertThrows(RuleViolation.class, () -> report.submit(DAY, 0)).getKey());
        assertEquals(ReportStatus.DRAFT, report.getStatus());
        assertEquals("report.transition", assertThrows(RuleViolation.class, report::startControl).getKey());

        report.submit(DAY, 3);
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
        assertEquals(DAY, report.getSubmittedOn());
        assertEquals("report.locked", assertThrows(RuleViolation.class, report::requireOpen).getKey());
        assertEquals("report.notInControl", assertThrows(RuleViolation.class, report::requireInControl).getKey());

        report.startControl();
        report.requireInControl();
        RuleViolation missing = assertThrows(RuleViolation.class, () -> report.certify(DAY, 2));
        assertEquals("report.verdictsMissing", missing.getKey());
        assertEquals(ReportStatus.IN_CONTROL, report.getStatus());
        report.certify(DAY, 0);
        assertEquals(ReportStatus.CERTIFIED, report.getStatus());

        report.reopen();
        assertEquals(ReportStatus.DRAFT, report.getStatus());
        assertNull(report.getCertifiedOn());
        assertEquals("report.transition", assertThrows(RuleViolation.class, report::reopen).getKey());
    }

    @Test
    void verdictsCertifyAllPartOrNothingWithReasons() {
        BudgetLine line = new BudgetLine(ludza, CostCategory.EQUIPMENT, Money.eur("20000.00"));
        ExpenditureItem item = new ExpenditureItem(line, null, "Laptops", DAY, DAY, first, Money.eur("7260.00"));

        item.judge(Verdict.ACCEPTED, null, "ignored");
        assertEquals(Money.eur("7260.00"), item.getCertified());
        assertNull(item.getVerdictReason());

        assertEquals("verdict.reason.required",
                assertThrows(RuleViolation.class, () -> item.judge(Verdict.REJECTED, null, " ")).getKey());
        assertEquals(Verdict.ACCEPTED, item.getVerdict());
        assertEquals(Money.eur("7260.00"), item.getCertified());
        item.judge(Verdict.REJECTED, null, "No procurement documents");
        assertEquals(Money.ZERO, item.getCertified());

        assertEquals("verdict.partly.amount", assertThrows(RuleViolation.class,
                () -> item.judge(Verdict.PARTLY, Money.eur("7260.00"), "VAT")).getKey());
        assertEquals("verdict.partly.amount", assertThrows(RuleViolation.class,
                () -> item.judge(Verdict.PARTLY, null, "VAT")).getKey());
        item.judge(Verdict.PARTLY, Money.eur("6000.00"), "VAT is recoverable");
        assertEquals(Money.eur("6000.00"), item.getCertified());
        assertEquals(Verdict.PARTLY, item.getVerdict());

        item.redeclare(line, Money.eur("6000.00"));
        assertNull(item.getVerdict());
        assertNull(item.getCertified());
    }

    @Test
    void aDeclaredInvoiceLineIsDescribedBySupplierNumberAndLineAndAlwaysFits() {
        assertEquals("Skonto, DT-1: Laptops", ExpenditureItem.describe("Skonto", "DT-1", "Laptops"));
        String longest = ExpenditureItem.describe("S".repeat(200), "N".repeat(50), "L".repeat(300));
        assertEquals(554, longest.length(), "the longest supplier, number and line fit whole");
        String tooLong = ExpenditureItem.describe("S".repeat(400), "N".repeat(50), "L".repeat(300));
        assertEquals(ExpenditureItem.DESCRIPTION_LENGTH, tooLong.length());
        assertTrue(tooLong.endsWith("…"));
    }
}

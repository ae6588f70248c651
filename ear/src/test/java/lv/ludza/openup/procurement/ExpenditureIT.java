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
import lv.ludza.openup.it.SqlStatements;
import lv.ludza.openup.procurement.PartnerReportService.ReportContent;
import lv.ludza.openup.project.Budget;
import lv.ludza.openup.project.BudgetService;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RuleViolation;

/**
 * Expenditure and partner reports on the real database: each eligibility rule through the service, the report's
 * way to certified with verdicts, roles, and the statement counts of the money screens.
 */
@ExtendWith(ArquillianExtension.class)
class ExpenditureIT {

    private AsUser as;
    private ExpenditureService expenditure;
    private PartnerReportService reports;
    private InvoiceService invoices;
    private SupplierService suppliers;
    private BudgetService budgets;
    private ProjectService projects;
    private Project openUp;
    private List<ReportingPeriod> periods;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        expenditure = Services.lookup(ExpenditureService.class);
        reports = Services.lookup(PartnerReportService.class);
        invoices = Services.lookup(InvoiceService.class);
        suppliers = Services.lookup(SupplierService.class);
        budgets = Services.lookup(BudgetService.class);
        projects = Services.lookup(ProjectService.class);
        openUp = as.call("auditor", () -> projects.findDefault().orElseThrow());
        periods = as.call("auditor", () -> projects.periodsOf(openUp.getId()));
    }

    private Partner partner(String shortName) {
        return openUp.getPartners().stream().filter(p -> p.getShortName().equals(shortName)).findFirst().orElseThrow();
    }

    @Test
    void theDemoReportIsCertifiedWithTotalsPerCategoryAndTheErdfShare() throws Exception {
        ReportContent first = as.call("auditor", () -> reports.report(partner("Ludza").getId(), periods.get(0).getId()));
        assertEquals(ReportStatus.CERTIFIED, first.status());
        assertEquals(3, first.items());
        // 18,549.76 equipment + 5,400.00 staff + 810.00 office and administration (15 % of staff)
        assertEquals(Money.eur("24759.76"), first.declared());
        assertEquals(Money.eur("24759.76"), first.certified());
        assertEquals(Money.eur("21045.80"), first.erdfDeclared());
        Budget spent = as.call("auditor", () -> budgets.spentOf(openUp));
        assertEquals(Money.eur("18549.76"), spent.amount(partner("Ludza").getId(), CostCategory.EQUIPMENT));
        assertEquals(spent.amount(partner("Ludza").getId(), CostCategory.STAFF).times(new BigDecimal("0.15")),
                spent.amount(partner("Ludza").getId(), CostCategory.OFFICE_ADMINISTRATION), "the flat rate of staff");
        assertTrue(as.call("auditor", () -> budgets.spendingByMonth(openUp)).size() >= 2);
    }

    @Test
    void eachEligibilityRuleRefusesWithItsReasonAndChangesNothing() throws Exception {
        Partner jekabpils = partner("Jēkabpils");
        Supplier supplier = as.call("accountant", () -> suppliers.save(new Supplier("Expenditure Demo " + System.nanoTime(),
                "E" + System.nanoTime() % 1_000_000_000L, Country.LV)));
        Invoice saved = as.call("accountant", () -> invoices.save(new Invoice(jekabpils, supplier, "EXP-1",
                LocalDate.of(2019, 5, 2)), List.of(
                        new Invoice.Line("Seminar catering (demo)", BigDecimal.ONE, Money.eur("500.00"),
                                Money.eur("105.00"), Money.eur("605.00")),
                        new Invoice.Line("Seminar hall (demo)", BigDecimal.ONE, Money.eur("300.00"),
                                Money.eur("63.00"), Money.eur("363.00"))), null));
        long line1 = saved.getLines().get(0).getId();
        long line2 = saved.getLines().get(1).getId();

        assertEquals("expenditure.notPaidInFull", refused(() -> expenditure.declare(line1,
                CostCategory.EXTERNAL_EXPERTISE, Money.eur("605.00"))).getKey());
        Invoice partly = as.call("accountant", () -> invoices.pay(saved.getId(), saved.getVersion(),
                LocalDate.of(2019, 5, 20), Money.eur("600.00"), "MU 9"));
        RuleViolation outstanding = refused(() -> expenditure.declare(line1, CostCategory.EXTERNAL_EXPERTISE,
                Money.eur("605.00")));
        assertEquals("expenditure.notPaidInFull", outstanding.getKey());
        assertEquals(Money.eur("368.00"), outstanding.getArguments()[0]);
        as.call("accountant", () -> invoices.pay(partly.getId(), partly.getVersion(), LocalDate.of(2019, 6, 3),
                Money.eur("368.00"), "MU 10"));

        assertEquals("expenditure.flatRate", refused(() -> expenditure.declare(line1,
                CostCategory.OFFICE_ADMINISTRATION, Money.eur("605.00"))).getKey());
        assertEquals("expenditure.aboveCost", refused(() -> expenditure.declare(line1,
                CostCategory.EXTERNAL_EXPERTISE, Money.eur("605.01"))).getKey());
        assertEquals("expenditure.amount.positive", refused(() -> expenditure.declare(line1,
                CostCategory.EXTERNAL_EXPERTISE, Money.ZERO)).getKey());
        assertEquals(0, as.call("auditor", () -> expenditure.ofInvoice(saved.getId())).size(), "nothing half-saved");

        ExpenditureItem declared = as.call("accountant", () -> expenditure.declare(line1,
                CostCategory.EXTERNAL_EXPERTISE, Money.eur("605.00")));
        assertEquals(3, declared.getPeriod().getNumber(), "the period follows the day it was paid in full");
        assertEquals(LocalDate.of(2019, 6, 3), declared.getPaidOn());
        RuleViolation twice = refused(() -> expenditure.declare(line1, CostCategory.EXTERNAL_EXPERTISE,
                Money.eur("605.00")));
        assertEquals("expenditure.declaredTwice", twice.getKey());

        // recoverable VAT: only the net amount is eligible
        Partner shown = as.call("coordinator", () -> projects.findWithPartners(openUp.getId())).orElseThrow()
                .getPartners().stream().filter(p -> p.getId().equals(jekabpils.getId())).findFirst().orElseThrow();
        shown.setVatRecoverable(true);
        Partner recovering = as.call("coordinator", () -> projects.savePartner(shown));
        try {
            RuleViolation vat = refused(() -> expenditure.declare(line2, CostCategory.EXTERNAL_EXPERTISE,
                    Money.eur("363.00")));
            assertEquals("expenditure.vatRecoverable", vat.getKey());
            assertEquals(Money.eur("300.00"), vat.getArguments()[0]);
        } finally {
            recovering.setVatRecoverable(false);
            as.call("coordinator", () -> projects.savePartner(recovering));
        }

        // lines that are declared cannot change under the declaration
        Invoice current = as.call("auditor", () -> invoices.find(saved.getId())).orElseThrow();
        assertEquals("invoice.linesDeclared", refused(() -> invoices.save(current, List.of(new Invoice.Line(
                "Seminar catering (demo)", BigDecimal.ONE, Money.eur("400.00"), Money.eur("84.00"),
                Money.eur("484.00"))), null)).getKey());

        // outside the project: the invoice date and the payment
        Invoice late = as.call("accountant", () -> invoices.save(new Invoice(jekabpils, supplier, "EXP-2",
                LocalDate.of(2019, 12, 2)), List.of(new Invoice.Line("Late (demo)", BigDecimal.ONE,
                        Money.eur("10.00"), Money.ZERO, Money.eur("10.00"))), null));
        as.call("accountant", () -> invoices.pay(late.getId(), late.getVersion(), LocalDate.of(2019, 12, 3),
                Money.eur("10.00"), null));
        assertEquals("expenditure.documentOutsideProject", refused(() -> expenditure.declare(
                late.getLines().get(0).getId(), CostCategory.EXTERNAL_EXPERTISE, Money.eur("10.00"))).getKey());

        // the budget line: 13,000.00 planned (12,500.00 before the demo's budget change of 1 Oct 2018) + 20 % =
        // 15,600.00 at most
        RuleViolation over = refused(() -> expenditure.declareOther(jekabpils.getId(), CostCategory.EXTERNAL_EXPERTISE,
                "Expert fee (demo)", LocalDate.of(2019, 6, 10), LocalDate.of(2019, 6, 10), Money.eur("14995.01")));
        assertEquals("expenditure.overBudget", over.getKey());
        assertEquals(Money.eur("15600.00"), over.getArguments()[0]);
        assertEquals(Money.eur("14995.00"), over.getArguments()[2]);
        // a payment in a gap between reporting periods has no period to go to
        ReportingPeriod last = periods.get(periods.size() - 1);
        ReportingPeriod shortened = as.call("coordinator", () -> projects.savePeriod(openUp.getId(), last.getId(),
                last.getVersion(), lv.ludza.openup.shared.DateRange.of(last.getPeriod().start(),
                        LocalDate.of(2019, 11, 15))));
        try {
            assertEquals("expenditure.noPeriod", refused(() -> expenditure.declareOther(jekabpils.getId(),
                    CostCategory.STAFF, "Salary (demo)", LocalDate.of(2019, 11, 20), LocalDate.of(2019, 11, 20),
                    Money.eur("1.00"))).getKey());
        } finally {
            as.call("coordinator", () -> projects.savePeriod(openUp.getId(), shortened.getId(),
                    shortened.getVersion(), last.getPeriod()));
        }

        assertThrows(EJBAccessException.class, () -> as.call("auditor", () -> expenditure.declare(line2,
                CostCategory.EXTERNAL_EXPERTISE, Money.eur("363.00"))));
        assertThrows(EJBAccessException.class, () -> as.run("staff", () -> expenditure.withdraw(declared.getId(),
                declared.getVersion())));
        as.run("accountant", () -> expenditure.withdraw(declared.getId(), declared.getVersion()));
        assertEquals(0, as.call("auditor", () -> expenditure.ofInvoice(saved.getId())).size());
    }

    @Test
    void aReportGoesToCertifiedWithVerdictsAndIsThenFrozenUntilTheCoordinatorReopensIt() throws Exception {
        Partner rokiskis = partner("Rokiškis");
        ReportingPeriod second = periods.get(1);
        ExpenditureItem salary = as.call("accountant", () -> expenditure.declareOther(rokiskis.getId(),
                CostCategory.STAFF, "Bibliotekininkės darbo užmokestis (demo)", LocalDate.of(2018, 11, 30),
                LocalDate.of(2018, 12, 5), Money.eur("2000.00")));
        ExpenditureItem trip = as.call("accountant", () -> expenditure.declareOther(rokiskis.getId(),
                CostCategory.TRAVEL_ACCOMMODATION, "Kelionė į seminarą (demo)", LocalDate.of(2019, 1, 16),
                LocalDate.of(2019, 1, 20), Money.eur("300.00")));

        assertThrows(EJBAccessException.class, () -> as.call("auditor", () -> {
            reports.submit(rokiskis.getId(), second.getId(), 0);
            return null;
        }));
        as.run("accountant", () -> reports.submit(rokiskis.getId(), second.getId(), 0));
        ReportContent submitted = as.call("auditor", () -> reports.report(rokiskis.getId(), second.getId()));
        assertEquals(ReportStatus.SUBMITTED, submitted.status());
        assertEquals("report.locked", refused(() -> expenditure.declareOther(rokiskis.getId(), CostCategory.STAFF,
                "Late salary (demo)", LocalDate.of(2019, 1, 31), LocalDate.of(2019, 2, 5), Money.eur("10.00"))).getKey());
        assertEquals("report.locked", refused(() -> {
            expenditure.withdraw(trip.getId(), trip.getVersion());
            return null;
        }).getKey());
        assertEquals("report.notInControl", refused(() -> reports.judge(trip.getId(), trip.getVersion(),
                Verdict.ACCEPTED, null, null)).getKey());

        as.run("accountant", () -> reports.startControl(submitted.reportId(), submitted.reportVersion()));
        ReportContent inControl = as.call("auditor", () -> reports.report(rokiskis.getId(), second.getId()));
        assertEquals("report.verdictsMissing", refused(() -> {
            reports.certify(inControl.reportId(), inControl.reportVersion());
            return null;
        }).getKey());
        as.call("accountant", () -> reports.judge(salary.getId(), salary.getVersion(), Verdict.ACCEPTED, null, null));
        assertEquals("verdict.reason.required", refused(() -> reports.judge(trip.getId(), trip.getVersion(),
                Verdict.PARTLY, Money.eur("250.00"), "")).getKey());
        as.call("accountant", () -> reports.judge(trip.getId(), trip.getVersion(), Verdict.PARTLY,
                Money.eur("250.00"), "Taxi not eligible"));
        ReportContent judged = as.call("auditor", () -> reports.report(rokiskis.getId(), second.getId()));
        as.run("accountant", () -> reports.certify(judged.reportId(), judged.reportVersion()));

        ReportContent certified = as.call("auditor", () -> reports.report(rokiskis.getId(), second.getId()));
        assertEquals(ReportStatus.CERTIFIED, certified.status());
        // 2,000.00 staff + 300.00 office flat rate (15 %) + 300.00 travel declared; 250.00 of the travel certified
        assertEquals(Money.eur("2600.00"), certified.declared());
        assertEquals(Money.eur("2550.00"), certified.certified());
        assertEquals(Money.eur("2167.50"), certified.erdfCertified());

        assertThrows(EJBAccessException.class, () -> as.call("accountant", () -> {
            reports.reopen(certified.reportId(), certified.reportVersion());
            return null;
        }), "only the coordinator reopens");
        as.run("coordinator", () -> reports.reopen(certified.reportId(), certified.reportVersion()));
        assertEquals(ReportStatus.DRAFT, as.call("auditor", () -> reports.report(rokiskis.getId(), second.getId()))
                .status());
    }

    @Test
    void theMoneyScreensIssueTheSameNumberOfStatementsWhateverTheNumberOfItems() throws Exception {
        SqlStatements statements = Services.lookup(SqlStatements.class);
        Partner ludza = partner("Ludza");
        ReportingPeriod last = periods.get(periods.size() - 1);
        long[] before = counts(statements, ludza, last);
        for (int i = 0; i < 5; i++) {
            LocalDate day = LocalDate.of(2019, 10, 10 + i);
            as.call("accountant", () -> expenditure.declareOther(ludza.getId(), CostCategory.STAFF,
                    "Count salary (demo) " + day, day, day, Money.eur("1.00")));
        }
        long[] after = counts(statements, ludza, last);
        assertEquals(before[0], after[0], "expenditure list page");
        assertEquals(before[1], after[1], "partner report");
        assertEquals(before[2], after[2], "budget overview");
        assertEquals(before[3], after[3], "reports overview");
        assertTrue(after[0] <= 2 && after[1] <= 6 && after[2] <= 3, "few statements: " + java.util.Arrays.toString(after));
    }

    private long[] counts(SqlStatements statements, Partner partner, ReportingPeriod period) throws Exception {
        return new long[] {
            statements.countWhile(() -> as.call("auditor", () -> {
                expenditure.count(Map.of("partner", partner.getId().toString()));
                return expenditure.page(new PageRequest(0, 20, "paidOn", false,
                        Map.of("partner", partner.getId().toString())));
            })),
            statements.countWhile(() -> as.call("auditor", () -> reports.report(partner.getId(), period.getId()))),
            statements.countWhile(() -> as.call("auditor", () -> {
                budgets.budgetOf(openUp);
                budgets.spentOf(openUp);
                return budgets.spendingByMonth(openUp);
            })),
            statements.countWhile(() -> as.call("auditor", () -> reports.overview(openUp))) };
    }

    /**
     * A line with the longest description the invoice form takes, from a supplier with the longest name, on an invoice
     * with the longest number, is declared (it was refused as "already declared" when the database refused the long
     * text); then it is declared twice for real.
     */
    @Test
    void anInvoiceLineWithALongDescriptionIsDeclaredWhole() throws Exception {
        Partner jekabpils = partner("Jēkabpils");
        String name = ("Long Name Demo Supplier " + System.nanoTime() + " ").repeat(10).substring(0, 200);
        Supplier supplier = as.call("accountant", () -> suppliers.save(new Supplier(name,
                "L" + System.nanoTime() % 1_000_000_000L, Country.LV)));
        String number = ("LONG-" + System.nanoTime() + "-").repeat(5).substring(0, 50);
        String description = "Grāmatu plaukti bērnu nodaļai ar stiprinājumiem (demo) ".repeat(6).substring(0, 300);
        Invoice saved = as.call("accountant", () -> invoices.save(new Invoice(jekabpils, supplier, number,
                LocalDate.of(2019, 5, 6)), List.of(new Invoice.Line(description, BigDecimal.ONE, Money.eur("10.00"),
                        Money.eur("2.10"), Money.eur("12.10"))), null));
        as.call("accountant", () -> invoices.pay(saved.getId(), saved.getVersion(), LocalDate.of(2019, 6, 4),
                Money.eur("12.10"), "MU-L"));
        long line = saved.getLines().get(0).getId();

        ExpenditureItem declared = as.call("accountant", () -> expenditure.declare(line,
                CostCategory.EXTERNAL_EXPERTISE, Money.eur("12.10")));
        assertEquals(name + ", " + number + ": " + description, declared.getDescription());
        assertEquals("expenditure.declaredTwice", refused(() -> expenditure.declare(line,
                CostCategory.EXTERNAL_EXPERTISE, Money.eur("12.10"))).getKey());
        as.call("accountant", () -> {
            expenditure.withdraw(declared.getId(), declared.getVersion());
            return null;
        });
    }

    private RuleViolation refused(java.util.concurrent.Callable<?> call) {
        return assertThrows(RuleViolation.class, () -> as.call("accountant", call));
    }
}

package lv.ludza.openup.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.project.BudgetService.LineChange;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.DateRange;
import lv.ludza.openup.shared.LocalizedText;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RuleViolation;

/**
 * Budget changes on the real database, in a project of the test's own: a partner's total stays its approved budget
 * unless the change is a programme-approved modification, the budget as of any date, a change made on lines someone
 * else changed meanwhile refused, the reason's limits, who may change.
 */
@ExtendWith(ArquillianExtension.class)
class BudgetChangeIT {

    private static final LocalDate JANUARY = LocalDate.of(2020, 1, 1);
    private static final LocalDate MARCH = LocalDate.of(2020, 3, 1);
    private static final LocalDate MAY = LocalDate.of(2020, 5, 1);

    private AsUser as;
    private ProjectService projects;
    private BudgetService budgets;

    @BeforeEach
    void lookUpServices() {
        as = Services.lookup(AsUser.class);
        projects = Services.lookup(ProjectService.class);
        budgets = Services.lookup(BudgetService.class);
    }

    @Test
    void aPartnersTotalChangesOnlyByAProgrammeApprovedModificationAndEveryDateShowsItsBudget() throws Exception {
        Project project = ownProject();
        Partner lead = project.getLeadPartner();
        Partner other = project.getPartners().stream().filter(p -> !p.isLead()).findFirst().orElseThrow();

        // the first plan brings each partner's lines to its approved budget (office: 15 % of staff costs)
        as.call("admin", () -> budgets.change(project, JANUARY, "Sākotnējais plāns", false, List.of(
                new LineChange(lead.getId(), CostCategory.STAFF, null, Money.eur("10000.00")),
                new LineChange(other.getId(), CostCategory.EQUIPMENT, null, Money.eur("5000.00")))));
        Budget planned = as.call("auditor", () -> budgets.budgetOf(project));
        assertEquals(Money.eur("11500.00"), planned.partnerTotal(lead.getId()));
        assertEquals(Money.eur("5000.00"), planned.partnerTotal(other.getId()));

        // money moved from staff costs to equipment, the total kept; the longest reason the field takes
        String longest = "R".repeat(BudgetChange.REASON_LENGTH);
        BudgetChange moved = as.call("admin", () -> budgets.change(project, MARCH, longest, false,
                lines(lead, Map.of(CostCategory.STAFF, "9000.00", CostCategory.EQUIPMENT, "1150.00"))));
        assertEquals(longest, moved.getReason());
        assertEquals(Money.eur("11500.00"), as.call("auditor", () -> budgets.budgetOf(project)).partnerTotal(lead.getId()));

        // more equipment without taking it elsewhere: refused at the programme-approved flag, nothing saved
        RuleViolation unbalanced = assertThrows(RuleViolation.class, () -> as.call("admin", () -> budgets.change(
                project, MAY, "Vairāk aprīkojuma", false, lines(lead, Map.of(CostCategory.EQUIPMENT, "2000.00")))));
        assertEquals("budget.change.unbalanced", unbalanced.getKey());
        assertEquals("programmeApproved", unbalanced.getField());
        assertEquals(Money.eur("1150.00"),
                as.call("auditor", () -> budgets.budgetOf(project)).amount(lead.getId(), CostCategory.EQUIPMENT));

        // the same as a programme-approved modification: the approved budget follows
        as.call("admin", () -> budgets.change(project, MAY, "Programmas apstiprināta izmaiņa", true,
                lines(lead, Map.of(CostCategory.EQUIPMENT, "2000.00"))));
        Project after = as.call("auditor", () -> projects.findWithPartners(project.getId()).orElseThrow());
        assertEquals(Money.eur("12350.00"), after.getLeadPartner().getBudget());
        assertEquals(Money.eur("12350.00"), as.call("auditor", () -> budgets.budgetOf(after))
                .partnerTotal(lead.getId()));

        // the budget as it was on any date, from the changes
        assertEquals(Money.ZERO, as.call("auditor", () -> budgets.budgetOn(after, JANUARY.minusDays(1))).total(),
                "before the first plan nothing was planned");
        Budget january = as.call("auditor", () -> budgets.budgetOn(after, LocalDate.of(2020, 2, 29)));
        assertEquals(Money.eur("10000.00"), january.amount(lead.getId(), CostCategory.STAFF));
        assertEquals(Money.ZERO, january.amount(lead.getId(), CostCategory.EQUIPMENT));
        Budget march = as.call("auditor", () -> budgets.budgetOn(after, MAY.minusDays(1)));
        assertEquals(Money.eur("9000.00"), march.amount(lead.getId(), CostCategory.STAFF));
        assertEquals(Money.eur("1150.00"), march.amount(lead.getId(), CostCategory.EQUIPMENT));
        assertEquals(Money.eur("11500.00"), march.partnerTotal(lead.getId()));
        Budget may = as.call("auditor", () -> budgets.budgetOn(after, MAY));
        assertEquals(Money.eur("2000.00"), may.amount(lead.getId(), CostCategory.EQUIPMENT));
        assertEquals(Money.eur("5000.00"), may.partnerTotal(other.getId()));

        // the history: three changes, newest first, each with its lines before and after
        Map<String, String> filter = Map.of(PageRequest.PROJECT, String.valueOf(project.getId()));
        assertEquals(3, as.call("auditor", () -> budgets.countChanges(filter)));
        List<BudgetChange> changes = as.call("auditor",
                () -> budgets.changes(new PageRequest(0, 10, null, true, filter)));
        assertEquals(List.of(MAY, MARCH, JANUARY), changes.stream().map(BudgetChange::getEffectiveOn).toList());
        assertTrue(changes.get(0).isProgrammeApproved());
        assertEquals("admin", changes.get(0).getCreatedBy());
        Map<Long, List<BudgetChangeLine>> lines = as.call("auditor",
                () -> budgets.linesOfChanges(changes.stream().map(BudgetChange::getId).toList()));
        List<BudgetChangeLine> march2020 = lines.get(changes.get(1).getId());
        assertEquals(2, march2020.size());
        BudgetChangeLine staff = march2020.stream()
                .filter(l -> l.getBudgetLine().getCategory() == CostCategory.STAFF).findFirst().orElseThrow();
        assertEquals(Money.eur("10000.00"), staff.getPrevious());
        assertEquals(Money.eur("9000.00"), staff.getNext());

        // a change is not dated before the last change of its lines
        RuleViolation early = assertThrows(RuleViolation.class, () -> as.call("admin", () -> budgets.change(
                after, MARCH, "Atpakaļejoši", false,
                lines(lead, Map.of(CostCategory.STAFF, "8000.00", CostCategory.EQUIPMENT, "3150.00")))));
        assertEquals("budget.change.beforeLast", early.getKey());
        assertEquals("effectiveOn", early.getField());
    }

    @Test
    void linesChangedMeanwhileAndBadReasonsAreRefusedAndOnlyTheCoordinatorAndAdministratorChange() throws Exception {
        Project project = ownProject();
        Partner lead = project.getLeadPartner();
        as.call("admin", () -> budgets.change(project, JANUARY, "Sākotnējais plāns", false, List.of(
                new LineChange(lead.getId(), CostCategory.STAFF, null, Money.eur("8000.00")),
                new LineChange(lead.getId(), CostCategory.TRAVEL_ACCOMMODATION, null, Money.eur("2300.00")))));

        // two coordinators open the same lines; the second one's change is refused as a whole
        Map<CostCategory, BudgetLine> first = as.call("admin", () -> budgets.linesOf(lead.getId()));
        Map<CostCategory, BudgetLine> second = as.call("admin", () -> budgets.linesOf(lead.getId()));
        as.call("admin", () -> budgets.change(project, MARCH, "Pirmā", false, List.of(
                change(lead, first, CostCategory.TRAVEL_ACCOMMODATION, "2000.00"),
                change(lead, first, CostCategory.EXTERNAL_EXPERTISE, "300.00"))));
        assertThrows(ConcurrentChangeException.class, () -> as.call("admin", () -> budgets.change(project, MARCH,
                "Otrā", false, List.of(change(lead, second, CostCategory.TRAVEL_ACCOMMODATION, "1000.00"),
                        change(lead, second, CostCategory.EQUIPMENT, "1300.00")))));
        Budget budget = as.call("auditor", () -> budgets.budgetOf(project));
        assertEquals(Money.eur("2000.00"), budget.amount(lead.getId(), CostCategory.TRAVEL_ACCOMMODATION));
        assertEquals(Money.ZERO, budget.amount(lead.getId(), CostCategory.EQUIPMENT), "nothing of it saved");

        List<LineChange> balanced = lines(lead,
                Map.of(CostCategory.TRAVEL_ACCOMMODATION, "1900.00", CostCategory.EXTERNAL_EXPERTISE, "400.00"));
        for (String reason : new String[] { null, "  ", "R".repeat(BudgetChange.REASON_LENGTH + 1) }) {
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> as.call("admin", () -> budgets.change(project, MAY, reason, false, balanced)));
            assertEquals("reason", refused.getField());
        }
        RuleViolation undated = assertThrows(RuleViolation.class,
                () -> as.call("admin", () -> budgets.change(project, null, "Bez datuma", false, balanced)));
        assertEquals("effectiveOn", undated.getField());
        RuleViolation negative = assertThrows(RuleViolation.class, () -> as.call("admin", () -> budgets.change(project,
                MAY, "Negatīvs", false, lines(lead, Map.of(CostCategory.TRAVEL_ACCOMMODATION, "-1.00")))));
        assertEquals("budget.negative", negative.getKey());
        RuleViolation nothing = assertThrows(RuleViolation.class, () -> as.call("admin", () -> budgets.change(project,
                MAY, "Nekas", false, lines(lead, Map.of(CostCategory.STAFF, "8000.00")))));
        assertEquals("budget.change.nothing", nothing.getKey());

        for (String role : new String[] { "staff", "accountant", "auditor" }) {
            assertThrows(EJBAccessException.class,
                    () -> as.call(role, () -> budgets.change(project, MAY, "Nē", false, balanced)), role);
        }
        as.call("admin", () -> budgets.change(project, MAY, "Tagad jā", false, balanced));
        assertEquals(Money.eur("400.00"), as.call("auditor", () -> budgets.budgetOf(project))
                .amount(lead.getId(), CostCategory.EXTERNAL_EXPERTISE));
    }

    @Test
    void theCoordinatorChangesTheDemoBudget() throws Exception {
        Project openUp = as.call("coordinator", () -> projects.findDefault().orElseThrow());
        Partner jekabpils = openUp.getPartners().stream().filter(p -> p.getShortName().equals("Jēkabpils"))
                .findFirst().orElseThrow();
        // the demo's changes: its travel before and after the move, its equipment after the approved modification
        Budget before = as.call("coordinator", () -> budgets.budgetOn(openUp, LocalDate.of(2018, 9, 30)));
        assertEquals(Money.eur("4200.00"), before.amount(jekabpils.getId(), CostCategory.TRAVEL_ACCOMMODATION));
        assertEquals(Money.eur("24065.59"), before.amount(jekabpils.getId(), CostCategory.EQUIPMENT));
        assertEquals(Money.eur("53415.59"), before.partnerTotal(jekabpils.getId()));
        Budget now = as.call("coordinator", () -> budgets.budgetOf(openUp));
        assertEquals(Money.eur("3700.00"), now.amount(jekabpils.getId(), CostCategory.TRAVEL_ACCOMMODATION));
        assertEquals(Money.eur("26065.59"), now.amount(jekabpils.getId(), CostCategory.EQUIPMENT));
        assertEquals(jekabpils.getBudget(), now.partnerTotal(jekabpils.getId()));
        assertEquals(Money.eur("55415.59"), jekabpils.getBudget());
    }

    private static LineChange change(Partner partner, Map<CostCategory, BudgetLine> shown, CostCategory category,
            String amount) {
        return new LineChange(partner.getId(), category, shown.get(category), Money.eur(amount));
    }

    /** The partner's lines as they are now, with new amounts. */
    private List<LineChange> lines(Partner partner, Map<CostCategory, String> amounts) throws Exception {
        Map<CostCategory, BudgetLine> shown = as.call("admin", () -> budgets.linesOf(partner.getId()));
        List<LineChange> lines = new ArrayList<>();
        amounts.forEach((category, amount) -> lines.add(change(partner, shown, category, amount)));
        return lines;
    }

    /** A project of the test's own, with two partners and approved budgets of 11,500.00 and 5,000.00. */
    private Project ownProject() throws Exception {
        // a code after the demo's (LLI-263, READ-2020): a user without a partner (the auditor) starts in the first
        // project by code, OPEN UP, as the other tests expect
        String code = "X-BC-" + System.nanoTime() % 1_000_000_000L;
        LocalizedText name = new LocalizedText("Budžeta izmaiņas", "Biudžeto pakeitimai", "Budget changes");
        Project project = new Project(code, "BC IT", name, name,
                DateRange.of(LocalDate.of(2019, 10, 1), LocalDate.of(2021, 9, 30)));
        project.addPartner(new Partner(PartnerRole.LEAD_PARTNER, "Vadošais partneris " + code, "Vad " + code,
                Country.LV, Money.eur("11500.00"), new BigDecimal("0.8500")));
        project.addPartner(new Partner(PartnerRole.PARTNER, "Partneris " + code, "Par " + code, Country.LT,
                Money.eur("5000.00"), new BigDecimal("0.8500")));
        return as.call("admin", () -> projects.save(project));
    }
}

package lv.ludza.openup.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Deployments;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

/** The planned budget on the real database: the demo adds up, planning follows the rules and the roles. */
@ExtendWith(ArquillianExtension.class)
class BudgetIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWith(BudgetIT.class);
    }

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
    void theDemoBudgetAddsUpToTheCent() throws Exception {
        Project project = as.call("staff", () -> projects.findDefault().orElseThrow());
        Budget budget = as.call("staff", () -> budgets.budgetOf(project));
        for (Partner partner : project.getPartners()) {
            assertEquals(partner.getBudget(), budget.partnerTotal(partner.getId()), partner.getShortName());
        }
        assertEquals(Money.eur("176680.75"), budget.total());
        Partner ludza = project.getLeadPartner();
        assertEquals(Money.eur("1800.00"), budget.amount(ludza.getId(), CostCategory.OFFICE_ADMINISTRATION),
                "15 % of 12 000.00 staff costs");
        assertEquals(Money.eur("34000.00"), budget.categoryTotal(CostCategory.INFRASTRUCTURE_WORKS),
                "only Rokiškis renovates");
    }

    @Test
    void theCoordinatorPlansAndStaleOrNegativePlansAreRefused() throws Exception {
        Project project = as.call("coordinator", () -> projects.findDefault().orElseThrow());
        long ludza = project.getLeadPartner().getId();
        Map<CostCategory, BudgetLine> shown = as.call("coordinator", () -> budgets.linesOf(ludza));
        Map<CostCategory, BudgetLine> alsoShown = as.call("admin", () -> budgets.linesOf(ludza));
        Money before = shown.get(CostCategory.EQUIPMENT).getPlanned();

        try {
            planAndRefuse(project, ludza, shown, alsoShown);
        } finally {
            // other tests read the demo budget: put it back
            as.run("coordinator",
                    () -> budgets.plan(ludza, budgets.linesOf(ludza), Map.of(CostCategory.EQUIPMENT, before)));
        }
        assertEquals(Money.eur("50849.76"), as.call("auditor", () -> budgets.budgetOf(project)).partnerTotal(ludza));
    }

    private void planAndRefuse(Project project, long ludza, Map<CostCategory, BudgetLine> shown,
            Map<CostCategory, BudgetLine> alsoShown) throws Exception {
        as.run("coordinator", () -> budgets.plan(ludza, shown, Map.of(CostCategory.EQUIPMENT, Money.eur("18000.00"))));
        Budget changed = as.call("auditor", () -> budgets.budgetOf(project));
        assertEquals(Money.eur("50300.00"), changed.partnerTotal(ludza));

        assertThrows(ConcurrentChangeException.class, () -> as.run("admin",
                () -> budgets.plan(ludza, alsoShown, Map.of(CostCategory.EQUIPMENT, Money.eur("1.00")))));
        RuleViolation negative = assertThrows(RuleViolation.class, () -> as.run("coordinator",
                () -> budgets.plan(ludza, budgets.linesOf(ludza), Map.of(CostCategory.TRAVEL_ACCOMMODATION,
                        Money.eur("-1.00")))));
        assertEquals("budget.negative", negative.getKey());
        assertEquals(Money.eur("50300.00"), as.call("auditor", () -> budgets.budgetOf(project)).partnerTotal(ludza),
                "nothing of the refused plans was saved");

        for (String role : new String[] { "staff", "accountant", "auditor" }) {
            assertThrows(EJBAccessException.class, () -> as.run(role,
                    () -> budgets.plan(ludza, Map.of(), Map.of(CostCategory.EQUIPMENT, Money.eur("1.00")))), role);
        }
    }
}

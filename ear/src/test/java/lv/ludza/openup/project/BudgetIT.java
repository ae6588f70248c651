package lv.ludza.openup.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.shared.Money;

/**
 * The planned budget on the real database: the demo adds up (re-planning by budget changes: {@link BudgetChangeIT}).
 */
@ExtendWith(ArquillianExtension.class)
class BudgetIT {

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
}

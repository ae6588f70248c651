package lv.ludza.openup.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static lv.ludza.openup.shared.Ids.withId;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

class BudgetTest {

    private static final BigDecimal RATE = new BigDecimal("0.85");

    @Test
    void officeAndAdministrationIsAFlatRateOfStaffPerPartner() throws Exception {
        Partner a = partner(1L, "A");
        Partner b = partner(2L, "B");
        Budget budget = new Budget(List.of(a, b), Map.of(
                1L, Map.of(CostCategory.STAFF, Money.eur("1000.05"), CostCategory.EQUIPMENT, Money.eur("10.00"),
                        CostCategory.OFFICE_ADMINISTRATION, Money.eur("999.99")),
                2L, Map.of(CostCategory.STAFF, Money.eur("1000.03"))), new BigDecimal("0.15"));

        // 1000.05 * 0.15 = 150.0075 -> 150.01; 1000.03 * 0.15 = 150.0045 -> 150.00 (each partner rounded alone)
        assertEquals(Money.eur("150.01"), budget.amount(1L, CostCategory.OFFICE_ADMINISTRATION));
        assertEquals(Money.eur("150.00"), budget.amount(2L, CostCategory.OFFICE_ADMINISTRATION));
        assertEquals(Money.eur("300.01"), budget.categoryTotal(CostCategory.OFFICE_ADMINISTRATION));
        assertEquals(Money.eur("1160.06"), budget.partnerTotal(1L), "a typed office amount is ignored");
        assertEquals(Money.eur("1150.03"), budget.partnerTotal(2L));
        assertEquals(Money.eur("2310.09"), budget.total());
        assertEquals(budget.total(), budget.partnerTotal(1L).plus(budget.partnerTotal(2L)));
        assertEquals(Money.ZERO, budget.amount(2L, CostCategory.INFRASTRUCTURE_WORKS));
    }

    @Test
    void aLineCannotBeNegativeNorPlanTheFlatRate() throws Exception {
        Partner a = partner(1L, "A");
        RuleViolation negative = assertThrows(RuleViolation.class,
                () -> new BudgetLine(a, CostCategory.EQUIPMENT, Money.eur("-0.01")));
        assertEquals("budget.negative", negative.getKey());
        assertEquals("EQUIPMENT", negative.getField());
        assertThrows(IllegalArgumentException.class,
                () -> new BudgetLine(a, CostCategory.OFFICE_ADMINISTRATION, Money.eur("1")));
    }

    private static Partner partner(long id, String name) {
        return withId(new Partner(PartnerRole.PARTNER, name, name, Country.LV, Money.ZERO, RATE), id);
    }
}

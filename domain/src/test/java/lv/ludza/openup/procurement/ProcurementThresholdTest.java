package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

class ProcurementThresholdTest {

    @Test
    void aThresholdAppliesFromItsAmountOn() {
        ProcurementThreshold small = new ProcurementThreshold(Country.LV, ContractType.SUPPLIES,
                ProcedureType.SMALL_PROCUREMENT, Money.eur("10000.00"), LocalDate.of(2017, 3, 1));
        assertFalse(small.applies(Money.eur("9999.99")));
        assertTrue(small.applies(Money.eur("10000.00")));
        assertTrue(small.applies(Money.eur("15330.38")));
    }

    @Test
    void aMoreDemandingProcedureMeetsALowerRequirement() {
        assertTrue(ProcedureType.OPEN_COMPETITION.meets(ProcedureType.SMALL_PROCUREMENT));
        assertTrue(ProcedureType.SMALL_PROCUREMENT.meets(ProcedureType.SMALL_PROCUREMENT));
        assertFalse(ProcedureType.PRICE_SURVEY.meets(ProcedureType.SMALL_PROCUREMENT));
        assertFalse(ProcedureType.SMALL_PROCUREMENT.meets(ProcedureType.OPEN_COMPETITION));
    }

    @Test
    void budgetCategoriesAreBoughtByTheirKindOfContract() {
        assertEquals(Optional.of(ContractType.SUPPLIES), ContractType.buying(CostCategory.EQUIPMENT));
        assertEquals(Optional.of(ContractType.WORKS), ContractType.buying(CostCategory.INFRASTRUCTURE_WORKS));
        assertEquals(Optional.of(ContractType.SERVICES), ContractType.buying(CostCategory.EXTERNAL_EXPERTISE));
        assertEquals(Optional.empty(), ContractType.buying(CostCategory.STAFF));
    }

    @Test
    void theAmountIsPositiveAndTheValidityInOrder() {
        ProcurementThreshold threshold = new ProcurementThreshold(Country.LT, ContractType.WORKS,
                ProcedureType.SMALL_PROCUREMENT, Money.ZERO, LocalDate.of(2017, 7, 1));
        assertEquals("threshold.amount.positive", assertThrows(RuleViolation.class, threshold::check).getKey());
        threshold.setAmount(Money.eur("58000.00"));
        threshold.setValidUntil(LocalDate.of(2017, 6, 30));
        assertEquals("period.endBeforeStart", assertThrows(RuleViolation.class, threshold::check).getKey());
        threshold.setValidUntil(null);
        threshold.check();
    }
}

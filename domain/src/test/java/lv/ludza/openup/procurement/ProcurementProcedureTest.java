package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static lv.ludza.openup.shared.Ids.withId;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.PartnerRole;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

class ProcurementProcedureTest {

    private final Partner ludza = withId(new Partner(PartnerRole.LEAD_PARTNER, "Ludzas novada pašvaldība", "Ludza",
            Country.LV, Money.ZERO, new BigDecimal("0.85")), 1L);
    private final Partner rokiskis = withId(new Partner(PartnerRole.PARTNER, "Rokiškio biblioteka", "Rokiškis",
            Country.LT, Money.ZERO, new BigDecimal("0.85")), 2L);
    private final Supplier winner = withId(new Supplier("Demo Supplier A", "1", Country.LV), 10L);
    private final Supplier other = withId(new Supplier("Demo Supplier B", "2", Country.LV), 11L);

    @Test
    void goesFromPlannedToAwardedInOrder() {
        ProcurementProcedure procedure = procedure();
        assertEquals("procedure.status.wrong", assertThrows(RuleViolation.class, procedure::evaluate).getKey());
        procedure.announce(LocalDate.of(2018, 5, 10));
        assertThrows(RuleViolation.class, () -> procedure.award(winner, LocalDate.of(2018, 6, 5)));
        procedure.evaluate();
        assertEquals("procedure.winner.required",
                assertThrows(RuleViolation.class, () -> procedure.award(null, LocalDate.of(2018, 6, 5))).getKey());
        assertEquals("procedure.decidedBeforeAnnounced",
                assertThrows(RuleViolation.class, () -> procedure.award(winner, LocalDate.of(2018, 5, 9))).getKey());
        procedure.award(winner, LocalDate.of(2018, 6, 5));
        assertEquals(ProcedureStatus.AWARDED, procedure.getStatus());
        assertEquals("procedure.status.final",
                assertThrows(RuleViolation.class, () -> procedure.cancel(LocalDate.of(2018, 7, 1))).getKey());
    }

    @Test
    void aContractFromAProcedureIsWithItsWinnerAndPartner() {
        ProcurementProcedure procedure = procedure();
        Contract early = new Contract(ludza, winner, "1", "Computers", LocalDate.of(2018, 6, 12));
        assertEquals("contract.procedure.notAwarded",
                assertThrows(RuleViolation.class, () -> early.fromProcedure(procedure)).getKey());

        procedure.announce(LocalDate.of(2018, 5, 10));
        procedure.evaluate();
        procedure.award(winner, LocalDate.of(2018, 6, 5));
        Contract withLoser = new Contract(ludza, other, "2", "Computers", LocalDate.of(2018, 6, 12));
        RuleViolation notWinner = assertThrows(RuleViolation.class, () -> withLoser.fromProcedure(procedure));
        assertEquals("contract.supplier.notWinner", notWinner.getKey());
        assertEquals("supplier", notWinner.getField());
        Contract otherPartner = new Contract(rokiskis, winner, "3", "Computers", LocalDate.of(2018, 6, 12));
        assertEquals("contract.procedure.otherPartner",
                assertThrows(RuleViolation.class, () -> otherPartner.fromProcedure(procedure)).getKey());

        Contract good = new Contract(ludza, winner, "4", "Computers", LocalDate.of(2018, 6, 12));
        good.fromProcedure(procedure);
        good.setAmounts(Money.eur("15330.38"), Money.eur("3219.38"));
        assertEquals(Money.eur("18549.76"), good.getGross());
        assertThrows(RuleViolation.class, () -> good.setAmounts(Money.eur("-1"), Money.ZERO));
        good.setValidUntil(LocalDate.of(2018, 6, 1));
        assertEquals("period.endBeforeStart", assertThrows(RuleViolation.class, good::checkDates).getKey());
    }

    @Test
    void theEstimatedValueCannotBeNegative() {
        assertEquals("money.negative", assertThrows(RuleViolation.class,
                () -> procedure().setEstimatedValue(Money.eur("-0.01"))).getKey());
    }

    private ProcurementProcedure procedure() {
        return new ProcurementProcedure(ludza, "LNP 2018/15", "Computers", ContractType.SUPPLIES,
                ProcedureType.SMALL_PROCUREMENT, Money.eur("18000"));
    }
}

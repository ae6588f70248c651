package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.PartnerRole;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

class ContractAmendmentTest {

    private final Partner ludza = new Partner(PartnerRole.LEAD_PARTNER, "Ludzas novada pašvaldība", "Ludza",
            Country.LV, Money.ZERO, new BigDecimal("0.85"));
    private final Contract contract = contract();

    private Contract contract() {
        Contract signed = new Contract(ludza, new Supplier("Demo", "1", Country.LV), "LNP 2018/15-1", "Computers",
                LocalDate.of(2018, 6, 12));
        signed.setAmounts(Money.eur("15330.38"), Money.eur("3219.38"));
        signed.setValidUntil(LocalDate.of(2018, 12, 31));
        return signed;
    }

    @Test
    void amendmentsAreNumberedInOrderAndKeepTheTermUnlessChanged() {
        ContractAmendment first = ContractAmendment.next(contract, List.of(), LocalDate.of(2018, 9, 1),
                " More whiteboards ", Money.eur("16000.00"), Money.eur("3360.00"), null);
        assertEquals(1, first.getNumber());
        assertEquals("More whiteboards", first.getReason());
        assertEquals(LocalDate.of(2018, 12, 31), first.getValidUntil(), "the term stays as signed");
        assertEquals(Money.eur("810.24"), first.changeFrom(contract.getGross()));
        ContractAmendment second = ContractAmendment.next(contract, List.of(first), LocalDate.of(2018, 12, 20),
                "Longer delivery", Money.eur("16000.00"), Money.eur("3360.00"), LocalDate.of(2019, 3, 31));
        assertEquals(2, second.getNumber());
        assertEquals(LocalDate.of(2019, 3, 31), second.getValidUntil());
    }

    @Test
    void anAmendmentNeedsADateAfterTheContractAndThePreviousOneAndAReason() {
        assertEquals("amendment.beforeContract", assertThrows(RuleViolation.class, () -> ContractAmendment.next(
                contract, List.of(), LocalDate.of(2018, 6, 11), "x", Money.ZERO, Money.ZERO, null)).getKey());
        ContractAmendment first = ContractAmendment.next(contract, List.of(), LocalDate.of(2018, 9, 1), "x",
                Money.ZERO, Money.ZERO, null);
        assertEquals("amendment.beforePrevious", assertThrows(RuleViolation.class, () -> ContractAmendment.next(
                contract, List.of(first), LocalDate.of(2018, 8, 31), "y", Money.ZERO, Money.ZERO, null)).getKey());
        assertEquals("amendment.reason.required", assertThrows(RuleViolation.class, () -> ContractAmendment.next(
                contract, List.of(), LocalDate.of(2018, 9, 1), " ", Money.ZERO, Money.ZERO, null)).getKey());
        assertEquals("money.negative", assertThrows(RuleViolation.class, () -> ContractAmendment.next(
                contract, List.of(), LocalDate.of(2018, 9, 1), "z", Money.eur("-1.00"), Money.ZERO, null)).getKey());
        assertEquals("period.endBeforeStart", assertThrows(RuleViolation.class, () -> ContractAmendment.next(
                contract, List.of(), LocalDate.of(2018, 9, 1), "z", Money.ZERO, Money.ZERO,
                LocalDate.of(2018, 8, 1))).getKey());
    }
}

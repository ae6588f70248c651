package lv.ludza.openup.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

class TravelOrderTest {

    private static final LocalDate MON = LocalDate.of(2018, 9, 24);
    private static final LocalDate THU = LocalDate.of(2018, 9, 27);

    private static TravelOrder order() {
        Trip trip = new Trip(null, "Berlin", "Berlin", Country.DE, MON, THU);
        TravelOrder order = new TravelOrder(new Participant(trip, "Demo Person", "Librarian", null), "K-1");
        order.check();
        return order;
    }

    @Test
    void aTripReturningBeforeItLeavesIsRefused() {
        Trip trip = new Trip(null, "Berlin", "Berlin", Country.DE, THU, MON);
        assertEquals("travel.trip.returnBeforeDeparture", assertThrows(RuleViolation.class, trip::check).getKey());
    }

    @Test
    void anOrderTakesTheTripsDatesAndHasADayForEachDay() {
        TravelOrder order = order();
        assertEquals(4, order.getDays().size());
        order.getDays().get(1).setBreakfast(true);
        order.setReturnOn(MON.plusDays(2));
        order.check();
        assertEquals(3, order.getDays().size());
        assertTrue(order.getDays().get(1).isBreakfast(), "what was ticked stays");
        order.setReturnOn(MON.minusDays(1));
        assertEquals("travel.order.returnBeforeDeparture", assertThrows(RuleViolation.class, order::check).getKey());
    }

    @Test
    void anUnapprovedOrderIsNotSettledAndASettledOneIsFrozen() {
        TravelOrder order = order();
        RuleViolation unapproved = assertThrows(RuleViolation.class,
                () -> order.settle(Money.eur("240.00"), "accountant", THU.plusDays(3)));
        assertEquals("travel.settlement.notApproved", unapproved.getKey());
        order.approve("coordinator", MON.minusDays(10));
        assertEquals("travel.settlement.beforeReturn", assertThrows(RuleViolation.class,
                () -> order.settle(Money.eur("240.00"), "accountant", THU.minusDays(1))).getKey());
        order.settle(Money.eur("240.00"), "accountant", THU.plusDays(3));
        assertTrue(order.isSettled());
        assertEquals("travel.order.settled", assertThrows(RuleViolation.class, order::check).getKey());
        assertEquals("travel.order.settled", assertThrows(RuleViolation.class,
                () -> order.settle(Money.eur("1.00"), "accountant", THU.plusDays(4))).getKey());
    }

    @Test
    void theBalanceIsPerDiemPlusOwnExpensesMinusTheAdvance() {
        assertEquals(Money.eur("40.00"), TravelOrder.balance(Money.eur("240.00"), Money.eur("100.00"),
                Money.eur("300.00")));
        assertTrue(TravelOrder.balance(Money.eur("240.00"), Money.ZERO, Money.eur("300.00")).isNegative(),
                "to return");
    }

    @Test
    void anAdvancePaidNeedsItsDate() {
        TravelOrder order = order();
        order.setAdvancePaid(Money.eur("200.00"));
        assertEquals("advancePaidOn", assertThrows(RuleViolation.class, order::check).getField());
        order.setAdvancePaidOn(MON.minusDays(3));
        order.check();
        assertFalse(order.isApproved());
    }

    @Test
    void accommodationAboveTheCapANightIsFlaggedAndDatesOutsideTheJourneyRefused() {
        TravelOrder order = order();
        TravelExpense hotel = new TravelExpense(order, ExpenseKind.ACCOMMODATION, "Hotel", MON, Money.eur("460.00"), 3,
                PaidBy.ORGANISATION);
        hotel.check(MON, Money.eur("150.00"));
        assertTrue(hotel.isAboveCap());
        hotel.setAmount(Money.eur("450.00"));
        hotel.check(MON, Money.eur("150.00"));
        assertFalse(hotel.isAboveCap());
        hotel.setNights(0);
        assertEquals("travel.expense.nights.required", assertThrows(RuleViolation.class,
                () -> hotel.check(MON, Money.eur("150.00"))).getKey());
        TravelExpense late = new TravelExpense(order, ExpenseKind.LOCAL_TRANSPORT, "Taxi", THU.plusDays(1),
                Money.eur("20.00"), 0, PaidBy.PARTICIPANT);
        RuleViolation outside = assertThrows(RuleViolation.class, () -> late.check(MON, null));
        assertEquals("travel.expense.outsideTrip", outside.getKey());
        assertEquals("spentOn", outside.getField());
    }
}

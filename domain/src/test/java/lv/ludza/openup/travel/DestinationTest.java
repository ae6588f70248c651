package lv.ludza.openup.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.RuleViolation;

class DestinationTest {

    private static final LocalDate MON = LocalDate.of(2018, 9, 24);
    private static final LocalDate THU = LocalDate.of(2018, 9, 27);
    private final Trip trip = new Trip(null, "Berlin", "Berlin", Country.DE, MON, THU);

    @Test
    void aFurtherDestinationIsReachedOnADayOfTheTripAfterItsFirst() {
        new Destination(trip, "Potsdam", Country.DE, MON.plusDays(1)).check(List.of());
        new Destination(trip, "Szczecin", Country.PL, THU).check(List.of());
        for (LocalDate outside : List.of(MON, MON.minusDays(1), THU.plusDays(1))) {
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> new Destination(trip, "Potsdam", Country.DE, outside).check(List.of()), outside.toString());
            assertEquals("travel.destination.outsideTrip", refused.getKey());
            assertEquals("arriveOn", refused.getField());
            assertEquals(MON.plusDays(1), refused.getArguments()[0], "the first day one may arrive");
            assertEquals(THU, refused.getArguments()[1]);
        }
        assertThrows(RuleViolation.class, () -> new Destination(trip, "Potsdam", Country.DE, null).check(List.of()));
    }

    @Test
    void twoDestinationsAreNotReachedOnTheSameDay() {
        Destination potsdam = new Destination(trip, "Potsdam", Country.DE, MON.plusDays(2));
        RuleViolation twice = assertThrows(RuleViolation.class,
                () -> new Destination(trip, "Szczecin", Country.PL, MON.plusDays(2)).check(List.of(potsdam)));
        assertEquals("travel.destination.twice", twice.getKey());
        assertEquals("arriveOn", twice.getField());
        potsdam.check(List.of(potsdam));
        new Destination(trip, "Szczecin", Country.PL, THU).check(List.of(potsdam));
    }
}

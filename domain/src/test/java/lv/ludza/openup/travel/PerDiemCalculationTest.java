package lv.ludza.openup.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

class PerDiemCalculationTest {

    private static final LocalDate MON = LocalDate.of(2018, 9, 24);
    private static final LocalDate THU = LocalDate.of(2018, 9, 27);

    private static PerDiemRule latvia() {
        return new PerDiemRule(Country.LV, "100", "100", "100", "20", "30", "30", "30");
    }

    private static PerDiemRate rate(Country employer, String from, String until, String allowance) {
        return new PerDiemRate(employer, Country.DE, LocalDate.parse(from), until == null ? null : LocalDate.parse(until),
                Money.eur(allowance), Money.eur("150.00"));
    }

    private static List<PerDiemDay> days(PerDiemRule rule, List<PerDiemRate> rates, LocalDate from, LocalDate to,
            Provision... provided) {
        return new PerDiemCalculation(rule, rates).days(rule.getCountry(), Country.DE, from, to, List.of(provided));
    }

    @Test
    void everyDayFromDepartureToReturnCountsWhenTheRuleCountsThemFully() {
        List<PerDiemDay> days = days(latvia(), List.of(rate(Country.LV, "2018-01-01", null, "60.00")), MON, THU);
        assertEquals(4, days.size());
        assertEquals(MON, days.get(0).day());
        assertEquals(THU, days.get(3).day());
        assertEquals(Money.eur("240.00"), PerDiemCalculation.total(days));
    }

    @Test
    void departureAndReturnDaysCountWithTheSharesOfTheCountrysRule() {
        PerDiemRule halfDays = new PerDiemRule(Country.LT, "50", "75", "40", "0", "0", "0", "100");
        List<PerDiemDay> days = days(halfDays, List.of(rate(Country.LT, "2018-01-01", null, "64.00")), MON, THU);
        assertEquals(Money.eur("32.00"), days.get(0).paid(), "departure day 50 %");
        assertEquals(Money.eur("64.00"), days.get(1).paid());
        assertEquals(Money.eur("64.00"), days.get(2).paid());
        assertEquals(Money.eur("48.00"), days.get(3).paid(), "return day 75 %");
        assertEquals(new BigDecimal("75"), days.get(3).sharePercent());
        assertEquals(Money.eur("208.00"), PerDiemCalculation.total(days));

        List<PerDiemDay> sameDay = days(halfDays, List.of(rate(Country.LT, "2018-01-01", null, "64.00")), MON, MON);
        assertEquals(1, sameDay.size());
        assertEquals(Money.eur("25.60"), sameDay.get(0).paid(), "out and back on one day: its own share");
    }

    @Test
    void providedMealsDeductTheirPercentOfTheDaysAllowance() {
        List<PerDiemDay> days = days(latvia(), List.of(rate(Country.LV, "2018-01-01", null, "60.00")), MON, THU,
                new Provision(MON.plusDays(1), true, false, false, true),
                new Provision(MON.plusDays(2), false, true, true, false));
        assertEquals(Money.eur("60.00"), days.get(0).paid());
        assertEquals(Money.eur("48.00"), days.get(1).paid(), "breakfast 20 %");
        assertEquals(new BigDecimal("20"), days.get(1).deductionPercent());
        assertEquals(Money.eur("12.00"), days.get(1).deduction());
        assertEquals(Money.eur("24.00"), days.get(2).paid(), "lunch and dinner 30 % each");
        assertFalse(days.get(2).fullBoardLimited());
    }

    @Test
    void withAccommodationAndThreeMealsLatviaPaysAtMostThirtyPercent() {
        // the meals alone would leave 20 %; the full-board limit caps at 30 %, so 20 % stays
        List<PerDiemDay> cheap = days(latvia(), List.of(rate(Country.LV, "2018-01-01", null, "60.00")), MON, MON,
                new Provision(MON, true, true, true, true));
        assertEquals(Money.eur("12.00"), cheap.get(0).paid());
        assertFalse(cheap.get(0).fullBoardLimited());

        // a rule with small meal deductions: the limit is what cuts
        PerDiemRule lightMeals = new PerDiemRule(Country.LV, "100", "100", "100", "10", "10", "10", "30");
        List<PerDiemDay> limited = days(lightMeals, List.of(rate(Country.LV, "2018-01-01", null, "60.00")), MON, MON,
                new Provision(MON, true, true, true, true));
        assertEquals(Money.eur("18.00"), limited.get(0).paid(), "30 % of 60.00");
        assertTrue(limited.get(0).fullBoardLimited());
        assertEquals(Money.eur("42.00"), limited.get(0).deduction());

        // three meals without accommodation is not full board
        List<PerDiemDay> noBed = days(lightMeals, List.of(rate(Country.LV, "2018-01-01", null, "60.00")), MON, MON,
                new Provision(MON, true, true, true, false));
        assertEquals(Money.eur("42.00"), noBed.get(0).paid());
    }

    @Test
    void deductionsNeverMakeADayNegative() {
        PerDiemRule heavy = new PerDiemRule(Country.LV, "50", "100", "100", "40", "40", "40", "100");
        List<PerDiemDay> days = days(heavy, List.of(rate(Country.LV, "2018-01-01", null, "60.00")), MON, THU,
                new Provision(MON, true, true, true, false));
        assertEquals(Money.ZERO, days.get(0).paid());
        assertEquals(Money.eur("30.00"), days.get(0).deduction(), "what was counted is all deducted");
    }

    @Test
    void aRateChangeDuringTheJourneyAppliesFromItsFirstDay() {
        List<PerDiemRate> rates = List.of(rate(Country.LV, "2018-01-01", "2018-09-25", "55.00"),
                rate(Country.LV, "2018-09-26", null, "65.00"));
        List<PerDiemDay> days = days(latvia(), rates, MON, THU);
        assertEquals(Money.eur("55.00"), days.get(0).allowance());
        assertEquals(Money.eur("55.00"), days.get(1).allowance());
        assertEquals(Money.eur("65.00"), days.get(2).allowance());
        assertEquals(Money.eur("65.00"), days.get(3).allowance());
        assertEquals(Money.eur("240.00"), PerDiemCalculation.total(days));
    }

    @Test
    void anOpenEndedOlderRateGivesWayToANewerOne() {
        List<PerDiemRate> rates = List.of(rate(Country.LV, "2015-01-01", null, "50.00"),
                rate(Country.LV, "2018-09-26", null, "65.00"));
        List<PerDiemDay> days = days(latvia(), rates, MON, THU);
        assertEquals(Money.eur("50.00"), days.get(1).allowance());
        assertEquals(Money.eur("65.00"), days.get(2).allowance());
    }

    @Test
    void theTwoCountriesPayByTheirOwnTables() {
        PerDiemRate lv = rate(Country.LV, "2018-01-01", null, "60.00");
        PerDiemRate lt = rate(Country.LT, "2018-01-01", null, "64.00");
        PerDiemRule lithuania = new PerDiemRule(Country.LT, "100", "100", "100", "15", "35", "35", "100");
        Money latvian = PerDiemCalculation.total(days(latvia(), List.of(lv, lt), MON, THU));
        Money lithuanian = PerDiemCalculation.total(days(lithuania, List.of(lv, lt), MON, THU));
        assertEquals(Money.eur("240.00"), latvian);
        assertEquals(Money.eur("256.00"), lithuanian);
    }

    @Test
    void aDayWithoutAValidRateIsRefusedNamingTheCountriesAndTheDay() {
        List<PerDiemRate> rates = List.of(rate(Country.LV, "2018-01-01", "2018-09-25", "55.00"));
        RuleViolation missing = assertThrows(RuleViolation.class, () -> days(latvia(), rates, MON, THU));
        assertEquals("travel.perDiem.noRate", missing.getKey());
        assertEquals(Country.LV, missing.getArguments()[0]);
        assertEquals(Country.DE, missing.getArguments()[1]);
        assertEquals(LocalDate.of(2018, 9, 26), missing.getArguments()[2]);

        RuleViolation otherCountry = assertThrows(RuleViolation.class, () -> new PerDiemCalculation(latvia(),
                List.of(rate(Country.LT, "2018-01-01", null, "64.00"))).days(Country.LV, Country.DE, MON, THU, List.of()));
        assertEquals("travel.perDiem.noRate", otherCountry.getKey());
    }

    @Test
    void aReturnBeforeTheDepartureOrAnotherCountrysRuleIsRefused() {
        RuleViolation back = assertThrows(RuleViolation.class,
                () -> days(latvia(), List.of(rate(Country.LV, "2018-01-01", null, "60.00")), THU, MON));
        assertEquals("travel.order.returnBeforeDeparture", back.getKey());
        assertEquals("returnOn", back.getField());
        RuleViolation rule = assertThrows(RuleViolation.class, () -> new PerDiemCalculation(latvia(), List.of())
                .days(Country.LT, Country.DE, MON, THU, List.of()));
        assertEquals("travel.perDiem.noRule", rule.getKey());
    }

    @Test
    void demoRatesAreMarkedInTheBreakdownUntilConfirmed() {
        PerDiemRate demo = rate(Country.LV, "2018-01-01", null, "60.00").asDemo();
        assertTrue(days(latvia(), List.of(demo), MON, MON).get(0).demoRate());
        demo.confirm("accountant", java.time.Instant.parse("2018-10-01T10:00:00Z"));
        assertFalse(demo.isDemo());
        assertEquals("accountant", demo.getConfirmedBy());
        assertFalse(days(latvia(), List.of(demo), MON, MON).get(0).demoRate());
    }

    @Test
    void fromTheDayOfArrivalInAFurtherDestinationItsCountrysRateApplies() {
        Trip trip = new Trip(null, "Berlin and Warsaw", "Berlin", Country.DE, MON, THU);
        List<Destination> further = List.of(new Destination(trip, "Warszawa", Country.PL, THU.minusDays(1)));
        PerDiemRate germany = rate(Country.LV, "2018-01-01", null, "60.00");
        PerDiemRate poland = new PerDiemRate(Country.LV, Country.PL, LocalDate.parse("2018-01-01"), null,
                Money.eur("45.00"), Money.eur("100.00"));
        List<PerDiemDay> days = new PerDiemCalculation(latvia(), List.of(germany, poland)).days(Country.LV,
                day -> Destination.countryOn(day, Country.DE, further), MON, THU, List.of());
        assertEquals(List.of(Country.DE, Country.DE, Country.PL, Country.PL), days.stream().map(PerDiemDay::country)
                .toList(), "Berlin Monday and Tuesday, Warsaw from Wednesday, the day of arrival, on");
        assertEquals(Money.eur("60.00"), days.get(1).paid());
        assertEquals(Money.eur("45.00"), days.get(2).paid());
        assertEquals(Money.eur("210.00"), PerDiemCalculation.total(days));

        RuleViolation noPolishRate = assertThrows(RuleViolation.class, () -> new PerDiemCalculation(latvia(),
                List.of(germany)).days(Country.LV, day -> Destination.countryOn(day, Country.DE, further), MON, THU,
                        List.of()));
        assertEquals("travel.perDiem.noRate", noPolishRate.getKey());
        assertEquals(Country.PL, noPolishRate.getArguments()[1]);
        assertEquals(THU.minusDays(1), noPolishRate.getArguments()[2]);
    }

    @Test
    void theLastDestinationReachedByADayGivesItsCountryWhateverOrderTheyAreListedIn() {
        Trip trip = new Trip(null, "Round trip", "Vilnius", Country.LT, MON, THU.plusDays(3));
        List<Destination> further = List.of(new Destination(trip, "Tallinn", Country.EE, THU),
                new Destination(trip, "Warszawa", Country.PL, MON.plusDays(1)));
        assertEquals(Country.LT, Destination.countryOn(MON, Country.LT, further));
        assertEquals(Country.PL, Destination.countryOn(MON.plusDays(1), Country.LT, further));
        assertEquals(Country.PL, Destination.countryOn(THU.minusDays(1), Country.LT, further));
        assertEquals(Country.EE, Destination.countryOn(THU, Country.LT, further));
        assertEquals(Country.EE, Destination.countryOn(THU.plusDays(3), Country.LT, further));
    }
}

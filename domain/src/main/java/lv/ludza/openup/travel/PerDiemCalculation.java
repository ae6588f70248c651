package lv.ludza.openup.travel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

/**
 * The per diem of one journey, day by day, by the rules of the employer's country and the rates valid on each
 * day for the country the traveller is in that day (a rate that changes during a journey applies from its first day
 * on; on the day of arrival in another country that country's rate applies).
 * <ul>
 * <li>each day from departure to return counts; the day of departure and the day of return count with the share
 * the country's rule gives them, a journey out and back on one day with its own share;</li>
 * <li>a provided breakfast, lunch or dinner deducts its percent of that day's allowance;</li>
 * <li>on a day with accommodation and all three meals provided, at most the rule's full-board percent of the
 * allowance is paid;</li>
 * <li>never less than nothing; amounts are rounded half-up to the cent per day.</li>
 * </ul>
 */
public final class PerDiemCalculation {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PerDiemRule rule;
    private final Collection<PerDiemRate> rates;

    public PerDiemCalculation(PerDiemRule rule, Collection<PerDiemRate> rates) {
        this.rule = rule;
        this.rates = List.copyOf(rates);
    }

    /** The per diem of a journey to one destination country. */
    public List<PerDiemDay> days(Country employer, Country destination, LocalDate departure, LocalDate returnOn,
            Collection<Provision> provisions) {
        return days(employer, day -> destination, departure, returnOn, provisions);
    }

    /**
     * @param countryOn the destination country of each day (where the traveller is, or arrives, that day)
     * @param provisions what was provided on which day; a day not named had nothing provided
     * @throws RuleViolation {@code travel.order.returnBeforeDeparture} on field {@code returnOn};
     *         {@code travel.perDiem.noRule} when the employer country has no rule; {@code travel.perDiem.noRate}
     *         (employer country, destination country, day) when a day has no valid rate
     */
    public List<PerDiemDay> days(Country employer, Function<LocalDate, Country> countryOn, LocalDate departure,
            LocalDate returnOn, Collection<Provision> provisions) {
        if (returnOn.isBefore(departure)) {
            throw RuleViolation.onField("returnOn", "travel.order.returnBeforeDeparture");
        }
        if (rule == null || rule.getCountry() != employer) {
            throw new RuleViolation("travel.perDiem.noRule", employer);
        }
        Map<LocalDate, Provision> provided = provisions.stream()
                .collect(Collectors.toMap(Provision::day, Function.identity(), (a, b) -> b));
        List<PerDiemDay> result = new ArrayList<>();
        for (LocalDate day = departure; !day.isAfter(returnOn); day = day.plusDays(1)) {
            Country destination = countryOn.apply(day);
            PerDiemRate rate = rateOn(employer, destination, day);
            result.add(day(day, destination, rate, share(day, departure, returnOn),
                    provided.getOrDefault(day, Provision.none(day))));
        }
        return result;
    }

    /** The sum of the days paid. */
    public static Money total(List<PerDiemDay> days) {
        return days.stream().map(PerDiemDay::paid).reduce(Money.ZERO, Money::plus);
    }

    private PerDiemRate rateOn(Country employer, Country destination, LocalDate day) {
        return rates.stream().filter(r -> r.applies(employer, destination, day))
                .max((a, b) -> a.getValidFrom().compareTo(b.getValidFrom()))
                .orElseThrow(() -> new RuleViolation("travel.perDiem.noRate", employer, destination, day));
    }

    private BigDecimal share(LocalDate day, LocalDate departure, LocalDate returnOn) {
        if (departure.equals(returnOn)) {
            return rule.getSameDayPercent();
        }
        if (day.equals(departure)) {
            return rule.getDepartureDayPercent();
        }
        if (day.equals(returnOn)) {
            return rule.getReturnDayPercent();
        }
        return HUNDRED;
    }

    private PerDiemDay day(LocalDate day, Country country, PerDiemRate rate, BigDecimal share, Provision provision) {
        Money allowance = rate.getDailyAllowance();
        Money counted = allowance.times(percent(share));
        BigDecimal deductionPercent = BigDecimal.ZERO;
        if (provision.breakfast()) {
            deductionPercent = deductionPercent.add(rule.getBreakfastPercent());
        }
        if (provision.lunch()) {
            deductionPercent = deductionPercent.add(rule.getLunchPercent());
        }
        if (provision.dinner()) {
            deductionPercent = deductionPercent.add(rule.getDinnerPercent());
        }
        Money deduction = allowance.times(percent(deductionPercent));
        Money paid = counted.minus(deduction);
        boolean limited = false;
        if (provision.fullBoard()) {
            Money most = allowance.times(percent(rule.getFullBoardMaxPercent()));
            if (paid.isGreaterThan(most)) {
                paid = most;
                limited = true;
            }
        }
        if (paid.isNegative()) {
            paid = Money.ZERO;
        }
        return new PerDiemDay(day, country, allowance, share, counted, deductionPercent, counted.minus(paid), limited, paid,
                rate.isDemo());
    }

    private static BigDecimal percent(BigDecimal value) {
        return value.divide(HUNDRED, 6, RoundingMode.HALF_UP);
    }
}

package lv.ludza.openup.travel;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lv.ludza.openup.shared.Money;

/**
 * A trip for its report: further destinations, participants, itinerary, and each order's cost; totals per partner
 * and per category.
 */
public record TripReport(Trip trip, List<Destination> destinations, List<ItineraryItem> itinerary, List<Participant> participants, List<Line> lines)
        implements Serializable {

    /** One participant's order, its settlement (null when no rate applies yet) and expenses. */
    public record Line(TravelOrder order, Settlement settlement, List<TravelExpense> expenses) implements Serializable {

        public Money perDiem() {
            return settlement == null ? Money.ZERO : settlement.perDiem();
        }

        public Money expensesTotal() {
            return expenses.stream().map(TravelExpense::getAmount).reduce(Money.ZERO, Money::plus);
        }

        public Money cost() {
            return perDiem().plus(expensesTotal());
        }
    }

    /** Where the trip goes: its first destination, then the further ones, e.g. "Berlin (DE), Potsdam (DE)". */
    public String route() {
        StringBuilder route = new StringBuilder(trip.getDestinationCity() + " (" + trip.getDestinationCountry() + ")");
        destinations.forEach(d -> route.append(", ").append(d.label()));
        return route.toString();
    }

    public Money total() {
        return lines.stream().map(Line::cost).reduce(Money.ZERO, Money::plus);
    }

    /** Cost per employer partner (short name), in the order the lines come. */
    public Map<String, Money> perPartner() {
        Map<String, Money> sums = new LinkedHashMap<>();
        for (Line line : lines) {
            sums.merge(line.order().getParticipant().getEmployer().getShortName(), line.cost(), Money::plus);
        }
        return sums;
    }

    /** Cost per category: the per diem, then each kind of expense. */
    public Map<String, Money> perCategory() {
        Map<String, Money> sums = new LinkedHashMap<>();
        sums.put("PER_DIEM", lines.stream().map(Line::perDiem).reduce(Money.ZERO, Money::plus));
        Map<ExpenseKind, Money> kinds = new EnumMap<>(ExpenseKind.class);
        lines.forEach(line -> line.expenses().forEach(e -> kinds.merge(e.getKind(), e.getAmount(), Money::plus)));
        kinds.forEach((kind, sum) -> sums.put(kind.name(), sum));
        return sums;
    }
}

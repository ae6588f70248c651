package lv.ludza.openup.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.events.IndicatorService;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.it.SqlStatements;
import lv.ludza.openup.procurement.ExpenditureItem;
import lv.ludza.openup.procurement.ExpenditureService;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RuleViolation;

/**
 * A study trip through the services on the real database: plan, participants of two countries, orders with
 * advances, expenses, settlement into expenditure; the bad inputs refused with nothing half-saved; the roles.
 */
@ExtendWith(ArquillianExtension.class)
class TravelIT {

    private static final LocalDate FROM = LocalDate.of(2019, 5, 13);
    private static final LocalDate TO = LocalDate.of(2019, 5, 16);

    private AsUser as;
    private TripService trips;
    private PerDiemService perDiems;
    private ExpenditureService expenditure;
    private IndicatorService indicators;
    private Project openUp;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        trips = Services.lookup(TripService.class);
        perDiems = Services.lookup(PerDiemService.class);
        expenditure = Services.lookup(ExpenditureService.class);
        indicators = Services.lookup(IndicatorService.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        openUp = as.call("auditor", () -> projects.findDefault().orElseThrow());
        // Poland, so that the demo's German rates stay as they are
        rate(Country.LV, "2019-01-01", "2019-05-14", "50.00", "120.00");
        rate(Country.LV, "2019-05-15", null, "56.00", "120.00");
        rate(Country.LT, "2019-01-01", null, "58.00", "110.00");
    }

    private void rate(Country employer, String from, String until, String allowance, String cap) throws Exception {
        boolean there = as.call("auditor", () -> perDiems.rates()).stream().anyMatch(r -> r.getEmployerCountry() == employer
                && r.getDestinationCountry() == Country.PL && r.getValidFrom().equals(LocalDate.parse(from)));
        if (!there) {
            as.call("coordinator", () -> perDiems.saveRate(new PerDiemRate(employer, Country.PL, LocalDate.parse(from),
                    until == null ? null : LocalDate.parse(until), Money.eur(allowance), Money.eur(cap))));
        }
    }

    private Partner partner(String shortName) {
        return openUp.getPartners().stream().filter(p -> p.getShortName().equals(shortName)).findFirst().orElseThrow();
    }

    private RuleViolation refused(String user, Callable<?> call) {
        return assertThrows(RuleViolation.class, () -> as.call(user, call));
    }

    @Test
    void aTripGoesFromPlanToSettlementAndTheTwoCountriesPerDiemsDiffer() throws Exception {
        Partner ludza = partner("Ludza");
        Partner rokiskis = partner("Rokiškis");
        Trip trip = as.call("coordinator", () -> trips.save(new Trip(ludza, "Kraków libraries " + System.nanoTime(),
                "Kraków", Country.PL, FROM, TO)));
        ItineraryItem visit = as.call("coordinator", () -> trips.saveItem(trip.getId(), new ItineraryItem(null,
                FROM.plusDays(2), LocalTime.of(10, 0), LocalTime.of(12, 0), ItineraryKind.VISIT,
                "Jagiellonian library", "Kraków")));
        assertEquals(1, as.call("auditor", () -> trips.itinerary(trip.getId())).size());
        assertEquals("travel.itinerary.outsideTrip", refused("coordinator", () -> trips.saveItem(trip.getId(),
                new ItineraryItem(null, TO.plusDays(1), null, null, ItineraryKind.TRANSPORT, "Bus home", null)))
                .getKey());

        Participant anna = as.call("coordinator", () -> trips.saveParticipant(trip.getId(),
                new Participant(null, "Anna Demo", "Bibliotekāre", ludza)));
        Participant ona = as.call("coordinator", () -> trips.saveParticipant(trip.getId(),
                new Participant(null, "Ona Demo", "Bibliotekininkė", rokiskis)));
        RuleViolation twice = refused("coordinator", () -> trips.saveParticipant(trip.getId(),
                new Participant(null, " anna demo ", "Vadītāja", ludza)));
        assertEquals("travel.participant.twice", twice.getKey());
        assertEquals("name", twice.getField());
        assertEquals(2, as.call("auditor", () -> trips.participants(trip.getId())).size(), "nothing half-saved");

        TravelOrder annaOrder = as.call("coordinator", () -> trips.issueOrder(anna.getId(), "K-IT-1"));
        TravelOrder onaOrder = as.call("coordinator", () -> trips.issueOrder(ona.getId(), "K-IT-2"));
        assertEquals("travel.order.exists", refused("coordinator", () -> trips.issueOrder(anna.getId(), "K-IT-3"))
                .getKey());
        assertEquals(4, annaOrder.getDays().size());

        TravelOrder shown = as.call("auditor", () -> trips.findOrder(annaOrder.getId()).orElseThrow());
        shown.setAdvanceRequested(Money.eur("300.00"));
        shown.setAdvancePaid(Money.eur("300.00"));
        shown.setAdvancePaidOn(FROM.minusDays(5));
        shown.getDays().get(1).setBreakfast(true);
        shown.setReturnOn(FROM.minusDays(1));
        RuleViolation back = refused("coordinator", () -> trips.saveOrder(shown));
        assertEquals("travel.order.returnBeforeDeparture", back.getKey());
        assertEquals(Money.ZERO, as.call("auditor", () -> trips.findOrder(annaOrder.getId()).orElseThrow())
                .getAdvancePaid(), "nothing half-saved");
        TravelOrder again = as.call("auditor", () -> trips.findOrder(annaOrder.getId()).orElseThrow());
        again.setAdvanceRequested(Money.eur("300.00"));
        again.setAdvancePaid(Money.eur("300.00"));
        again.setAdvancePaidOn(FROM.minusDays(5));
        again.getDays().get(1).setBreakfast(true);
        TravelOrder saved = as.call("coordinator", () -> trips.saveOrder(again));

        TravelExpense hotel = as.call("coordinator", () -> trips.saveExpense(saved.getId(), new TravelExpense(null,
                ExpenseKind.ACCOMMODATION, "Hotel, 3 nights", FROM, Money.eur("390.00"), 3, PaidBy.ORGANISATION)));
        assertTrue(hotel.isAboveCap(), "390.00 for 3 nights is above 120.00 a night");
        as.call("coordinator", () -> trips.saveExpense(saved.getId(), new TravelExpense(null,
                ExpenseKind.LOCAL_TRANSPORT, "Tram tickets", TO, Money.eur("12.40"), 0, PaidBy.PARTICIPANT)));
        RuleViolation outside = refused("coordinator", () -> trips.saveExpense(saved.getId(), new TravelExpense(null,
                ExpenseKind.LOCAL_TRANSPORT, "Taxi", TO.plusDays(1), Money.eur("20.00"), 0, PaidBy.PARTICIPANT)));
        assertEquals("travel.expense.outsideTrip", outside.getKey());
        assertEquals(2, as.call("auditor", () -> trips.expenses(saved.getId())).size());

        // Latvia: 50.00 until 14 May, 56.00 from 15 May; breakfast on the second day takes 20 % of 50.00
        Settlement latvian = as.call("auditor", () -> trips.settlement(saved.getId()));
        assertEquals(Money.eur("202.00"), latvian.perDiem());
        assertEquals(Money.eur("40.00"), latvian.days().get(1).paid());
        assertEquals(Money.eur("56.00"), latvian.days().get(2).allowance());
        // 202.00 + 12.40 the participant paid − 300.00 advance: 85.60 to return
        assertEquals(Money.eur("-85.60"), latvian.balance());
        assertTrue(latvian.toReturn());
        Settlement lithuanian = as.call("auditor", () -> trips.settlement(onaOrder.getId()));
        assertEquals(Money.eur("232.00"), lithuanian.perDiem(), "Lithuania: 4 × 58.00");
        assertNotEquals(latvian.perDiem(), lithuanian.perDiem());

        TravelOrder current = as.call("auditor", () -> trips.findOrder(saved.getId()).orElseThrow());
        assertEquals("travel.settlement.notApproved", refused("coordinator", () -> trips.approveSettlement(
                current.getId(), current.getVersion(), TO.plusDays(10))).getKey());
        long before = as.call("auditor", () -> expenditure.count(Map.of("partner", ludza.getId().toString())));
        assertThrows(EJBAccessException.class, () -> as.call("staff", () -> trips.approveOrder(current.getId(),
                current.getVersion())), "staff do not approve");
        long trainedBefore = as.call("auditor", () -> indicators.specialistsTrained(openUp.getId()));
        TravelOrder approved = as.call("accountant", () -> trips.approveOrder(current.getId(), current.getVersion()));
        assertTrue(approved.isApproved());
        assertEquals(trainedBefore + 1, as.call("auditor", () -> indicators.specialistsTrained(openUp.getId())),
                "a traveller with an approved order counts as a specialist trained; Ona's order is not approved");
        assertEquals("accountant", approved.getApprovedBy());
        Settlement settled = as.call("accountant", () -> trips.approveSettlement(approved.getId(),
                approved.getVersion(), TO.plusDays(10)));
        assertTrue(settled.order().isSettled());
        long after = as.call("auditor", () -> expenditure.count(Map.of("partner", ludza.getId().toString())));
        assertEquals(before + 3, after, "per diem, hotel and tram on Ludza's travel line");
        List<ExpenditureItem> declared = as.call("auditor", () -> expenditure.page(new PageRequest(0, 3, "paidOn",
                false, Map.of("partner", ludza.getId().toString(), "description", "K-IT-1"))));
        assertEquals(3, declared.size());
        assertEquals(Money.eur("604.40"), declared.stream().map(ExpenditureItem::getAmount)
                .reduce(Money.ZERO, Money::plus));
        assertTrue(declared.stream().allMatch(e -> e.getPeriod().getNumber() == 3 && e.getPaidOn().equals(TO.plusDays(10))));
        // each item knows its order (the per diem) and expense (the others): the evidence pack finds their receipts
        assertTrue(declared.stream().allMatch(e -> approved.getId().equals(e.getTravelOrderId())), "linked to the order");
        assertEquals(2, declared.stream().filter(e -> e.getTravelExpenseId() != null).count(), "hotel and tram");

        TravelOrder settledOrder = as.call("auditor", () -> trips.findOrder(saved.getId()).orElseThrow());
        assertEquals("travel.order.settled", refused("accountant", () -> trips.approveSettlement(settledOrder.getId(),
                settledOrder.getVersion(), TO.plusDays(11))).getKey());
        assertEquals("travel.order.settled", refused("coordinator", () -> trips.saveExpense(saved.getId(),
                new TravelExpense(null, ExpenseKind.FEE, "Late fee", TO, Money.eur("5.00"), 0, PaidBy.PARTICIPANT)))
                .getKey());

        TripReport report = as.call("auditor", () -> trips.report(trip.getId()));
        assertEquals(2, report.lines().size());
        assertEquals(Money.eur("604.40").plus(Money.eur("232.00")), report.total());
        assertEquals(Money.eur("604.40"), report.perPartner().get("Ludza"));
        assertEquals(Money.eur("390.00"), report.perCategory().get("ACCOMMODATION"));
        assertEquals(1, report.itinerary().size());
        assertEquals(visit.getId(), report.itinerary().get(0).getId());
    }

    @Test
    void aTripWithAFurtherDestinationPaysEachDayByTheCountryTheTravellerIsIn() throws Exception {
        Partner ludza = partner("Ludza");
        Partner rokiskis = partner("Rokiškis");
        Trip trip = as.call("coordinator", () -> trips.save(new Trip(ludza, "Two countries " + System.nanoTime(),
                "Berlin", Country.DE, FROM, TO)));
        RuleViolation firstDay = refused("coordinator", () -> trips.saveDestination(trip.getId(),
                new Destination(null, "Potsdam", Country.DE, FROM)));
        assertEquals("travel.destination.outsideTrip", firstDay.getKey());
        assertEquals("arriveOn", firstDay.getField());
        Destination krakow = as.call("coordinator", () -> trips.saveDestination(trip.getId(),
                new Destination(null, "Kraków", Country.PL, FROM.plusDays(2))));
        RuleViolation sameDay = refused("coordinator", () -> trips.saveDestination(trip.getId(),
                new Destination(null, "Wrocław", Country.PL, FROM.plusDays(2))));
        assertEquals("travel.destination.twice", sameDay.getKey());
        assertEquals(1, as.call("auditor", () -> trips.destinations(trip.getId())).size(), "nothing half-saved");
        Map<String, String> toKrakow = Map.of("destinationCity", "kraków", "title", trip.getTitle());
        assertEquals(1, as.call("auditor", () -> trips.count(toKrakow)), "the list finds a trip by a further city");
        assertEquals(1, as.call("auditor", () -> trips.count(Map.of("destinationCity", "BERL", "title",
                trip.getTitle()))), "and by its first");
        assertEquals(0, as.call("auditor", () -> trips.count(Map.of("destinationCity", "Wrocław", "title",
                trip.getTitle()))));
        assertEquals(1, as.call("auditor", () -> trips.count(Map.of(PageRequest.GLOBAL, "Kraków", "title",
                trip.getTitle()))), "the search box too");

        Trip shorter = as.call("auditor", () -> trips.find(trip.getId()).orElseThrow());
        shorter.setEndsOn(FROM.plusDays(1));
        RuleViolation leftOut = refused("coordinator", () -> trips.save(shorter));
        assertEquals("travel.trip.outsideDestination", leftOut.getKey());
        assertEquals("Kraków", leftOut.getArguments()[0]);

        Participant anna = as.call("coordinator", () -> trips.saveParticipant(trip.getId(),
                new Participant(null, "Anna Route", "Bibliotekāre", ludza)));
        Participant ona = as.call("coordinator", () -> trips.saveParticipant(trip.getId(),
                new Participant(null, "Ona Route", "Bibliotekininkė", rokiskis)));
        TravelOrder annaOrder = as.call("coordinator", () -> trips.issueOrder(anna.getId(), "K-RT-1"));
        TravelOrder onaOrder = as.call("coordinator", () -> trips.issueOrder(ona.getId(), "K-RT-2"));

        // Berlin on 13 and 14 May at the demo's German rates, Kraków from the day of arrival, 15 May, at Poland's
        Settlement latvian = as.call("auditor", () -> trips.settlement(annaOrder.getId()));
        assertEquals(List.of(Country.DE, Country.DE, Country.PL, Country.PL),
                latvian.days().stream().map(PerDiemDay::country).toList());
        assertEquals(Money.eur("60.00"), latvian.days().get(1).allowance());
        assertEquals(Money.eur("56.00"), latvian.days().get(2).allowance());
        assertEquals(Money.eur("232.00"), latvian.perDiem(), "2 × 60.00 + 2 × 56.00");
        Settlement lithuanian = as.call("auditor", () -> trips.settlement(onaOrder.getId()));
        assertEquals(Money.eur("244.00"), lithuanian.perDiem(), "2 × 64.00 + 2 × 58.00");

        // the accommodation cap is the one of the country of the night: Germany 150.00, Poland 120.00
        TravelExpense berlin = as.call("coordinator", () -> trips.saveExpense(annaOrder.getId(), new TravelExpense(
                null, ExpenseKind.ACCOMMODATION, "Hotel Berlin", FROM, Money.eur("130.00"), 1, PaidBy.ORGANISATION)));
        assertFalse(berlin.isAboveCap());
        TravelExpense krakowHotel = as.call("coordinator", () -> trips.saveExpense(annaOrder.getId(),
                new TravelExpense(null, ExpenseKind.ACCOMMODATION, "Hotel Kraków", FROM.plusDays(2),
                        Money.eur("130.00"), 1, PaidBy.ORGANISATION)));
        assertTrue(krakowHotel.isAboveCap());

        TravelOrder current = as.call("auditor", () -> trips.findOrder(annaOrder.getId()).orElseThrow());
        TravelOrder approved = as.call("accountant", () -> trips.approveOrder(current.getId(), current.getVersion()));
        as.call("accountant", () -> trips.approveSettlement(approved.getId(), approved.getVersion(), TO.plusDays(10)));
        assertEquals("travel.destination.settled", refused("coordinator", () -> {
            trips.deleteDestination(krakow.getId(), krakow.getVersion());
            return null;
        }).getKey());
        assertEquals(1, as.call("auditor", () -> trips.destinations(trip.getId())).size());
        TripReport report = as.call("auditor", () -> trips.report(trip.getId()));
        assertEquals("Berlin (DE), Kraków (PL)", report.route());
    }

    @Test
    void badInputIsRefusedWithItsReason() throws Exception {
        Partner jekabpils = partner("Jēkabpils");
        Trip backwards = new Trip(jekabpils, "Backwards", "Gdańsk", Country.PL, TO, FROM);
        RuleViolation returnFirst = refused("coordinator", () -> trips.save(backwards));
        assertEquals("travel.trip.returnBeforeDeparture", returnFirst.getKey());
        assertEquals("endsOn", returnFirst.getField());

        Trip estonia = as.call("coordinator", () -> trips.save(new Trip(jekabpils, "Tartu " + System.nanoTime(),
                "Tartu", Country.EE, FROM, TO)));
        Participant someone = as.call("coordinator", () -> trips.saveParticipant(estonia.getId(),
                new Participant(null, "Demo Someone", null, jekabpils)));
        TravelOrder order = as.call("coordinator", () -> trips.issueOrder(someone.getId(), "J-IT-1"));
        RuleViolation noRate = refused("auditor", () -> trips.settlement(order.getId()));
        assertEquals("travel.perDiem.noRate", noRate.getKey());
        assertEquals(Country.EE, noRate.getArguments()[1]);
        assertEquals("travel.participant.hasOrder", refused("coordinator", () -> {
            trips.deleteParticipant(someone.getId(), someone.getVersion());
            return null;
        }).getKey());
        assertEquals("travel.trip.hasParticipants", refused("coordinator", () -> {
            trips.delete(estonia.getId(), estonia.getVersion());
            return null;
        }).getKey());
    }

    @Test
    void staffManageTheirOwnPartnersTripsAndAccountantsTheirOwnCountrysRates() throws Exception {
        Partner ludza = partner("Ludza");
        Partner rokiskis = partner("Rokiškis");
        Trip ludzas = as.call("staff", () -> trips.save(new Trip(ludza, "Staff trip " + System.nanoTime(), "Vilnius",
                Country.LT, FROM, TO)));
        assertThrows(EJBAccessException.class, () -> as.call("staff.lt", () -> trips.saveParticipant(ludzas.getId(),
                new Participant(null, "Intruder", null, rokiskis))), "another partner's trip");
        assertThrows(EJBAccessException.class, () -> as.call("staff.lt", () -> trips.save(new Trip(ludza, "Not mine",
                "Riga", Country.LV, FROM, TO))));
        assertThrows(EJBAccessException.class, () -> as.call("auditor", () -> trips.save(new Trip(ludza, "Auditor",
                "Riga", Country.LV, FROM, TO))));
        assertThrows(EJBAccessException.class, () -> as.call("staff", () -> perDiems.saveRate(new PerDiemRate(
                Country.LV, Country.EE, FROM, null, Money.eur("40.00"), Money.eur("90.00")))));

        PerDiemRate demo = as.call("accountant", () -> perDiems.saveRate(new PerDiemRate(Country.LV, Country.EE,
                LocalDate.of(2030, 1, 1), null, Money.eur("40.00"), Money.eur("90.00")).asDemo()));
        assertTrue(demo.isDemo());
        assertEquals("travel.rate.sameStart", refused("accountant", () -> perDiems.saveRate(new PerDiemRate(Country.LV,
                Country.EE, LocalDate.of(2030, 1, 1), null, Money.eur("41.00"), Money.eur("90.00")))).getKey());
        PerDiemRate confirmed = as.call("accountant", () -> perDiems.confirmRate(demo.getId(), demo.getVersion()));
        assertFalse(confirmed.isDemo());
        assertEquals("accountant", confirmed.getConfirmedBy());
    }

    @Test
    void theTripListIssuesOneStatementForItsPage() throws Exception {
        SqlStatements statements = Services.lookup(SqlStatements.class);
        Map<String, String> filters = Map.of(PageRequest.PROJECT, openUp.getId().toString());
        long before = statements.countWhile(() -> as.call("auditor", () -> trips.page(new PageRequest(0, 10,
                "startsOn", false, filters))));
        for (int i = 0; i < 3; i++) {
            int n = i;
            as.call("coordinator", () -> trips.save(new Trip(partner("Jēkabpils"), "Count " + n + " " + System.nanoTime(),
                    "Tallinn", Country.EE, FROM, TO)));
        }
        long after = statements.countWhile(() -> as.call("auditor", () -> trips.page(new PageRequest(0, 10,
                "startsOn", false, filters))));
        assertEquals(before, after);
        assertTrue(after <= 2, "statements: " + after);
    }
}

package lv.ludza.openup.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.persistence.EntityManager;

import lv.ludza.openup.procurement.ExpenditureItem;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.travel.ExpenseKind;
import lv.ludza.openup.travel.ItineraryItem;
import lv.ludza.openup.travel.ItineraryKind;
import lv.ludza.openup.travel.PaidBy;
import lv.ludza.openup.travel.Participant;
import lv.ludza.openup.travel.PerDiemCalculation;
import lv.ludza.openup.travel.PerDiemRate;
import lv.ludza.openup.travel.PerDiemRule;
import lv.ludza.openup.travel.TravelDay;
import lv.ludza.openup.travel.TravelExpense;
import lv.ludza.openup.travel.TravelOrder;
import lv.ludza.openup.travel.Trip;

/**
 * The study trip to Berlin, 24–27 September 2018, with the Humboldt library on day 3: six participants of the three
 * partners (names are demo), their orders, advances, expenses, and settlements declared on each employer's travel
 * line. The per-diem rates and day rules are examples marked "demo, unconfirmed" until an accountant confirms them.
 * Settlements are paid after the return: Rokiškis on 28 September (period 1), the Latvian partners on 5 October
 * (period 2), so the certified first report of Ludza stays as it is.
 */
final class TravelDemo {

    private static final LocalDate DEPARTURE = LocalDate.of(2018, 9, 24);
    private static final LocalDate RETURN = LocalDate.of(2018, 9, 27);

    private final EntityManager em;

    TravelDemo(EntityManager em) {
        this.em = em;
    }

    void load(Project openUp) {
        PerDiemRule latvia = new PerDiemRule(Country.LV, "100", "100", "100", "20", "30", "30", "30").asDemo();
        PerDiemRule lithuania = new PerDiemRule(Country.LT, "100", "100", "100", "15", "35", "35", "100").asDemo();
        em.persist(latvia);
        em.persist(lithuania);
        List<PerDiemRate> rates = List.of(
                new PerDiemRate(Country.LV, Country.DE, LocalDate.of(2018, 1, 1), null, Money.eur("60.00"),
                        Money.eur("150.00")).asDemo(),
                new PerDiemRate(Country.LT, Country.DE, LocalDate.of(2018, 1, 1), null, Money.eur("64.00"),
                        Money.eur("140.00")).asDemo(),
                new PerDiemRate(Country.LV, Country.LT, LocalDate.of(2018, 1, 1), null, Money.eur("50.00"),
                        Money.eur("100.00")).asDemo(),
                new PerDiemRate(Country.LT, Country.LV, LocalDate.of(2018, 1, 1), null, Money.eur("52.00"),
                        Money.eur("100.00")).asDemo());
        rates.forEach(em::persist);

        Partner ludza = partner(openUp, "Ludza");
        Partner rokiskis = partner(openUp, "Rokiškis");
        Partner jekabpils = partner(openUp, "Jēkabpils");
        Trip trip = new Trip(ludza, "Pieredzes apmaiņas brauciens uz Berlīni", "Berlin", Country.DE, DEPARTURE, RETURN);
        trip.setPurpose("Bibliotēku speciālistu pieredzes apmaiņa: bērnu un jauniešu apkalpošana, interaktīvās"
                + " izglītības telpas (OPEN UP, LLI-263)");
        em.persist(trip);
        item(trip, 0, "07:05", "08:20", ItineraryKind.TRANSPORT, "Lidojums Rīga–Berlīne / Vilnius–Berlin", "RIX / VNO – TXL");
        item(trip, 0, "14:00", "17:00", ItineraryKind.MEETING, "Iepazīšanās, programmas pārrunāšana", "Viesnīca");
        item(trip, 1, "10:00", "13:00", ItineraryKind.VISIT, "Amerika-Gedenkbibliothek: bērnu un jauniešu nodaļa",
                "Blücherplatz 1, Berlin");
        item(trip, 1, "14:30", "16:30", ItineraryKind.MEETING, "Tikšanās ar bibliotēkas pedagogiem", "Berlin");
        item(trip, 2, "10:00", "14:00", ItineraryKind.VISIT, "Humboldt-Bibliothek: mediju telpa, bērnu stūrītis",
                "Karolinenstraße 19, Berlin-Tegel");
        item(trip, 3, "18:40", "21:50", ItineraryKind.TRANSPORT, "Lidojums Berlīne–Rīga / Berlin–Vilnius",
                "TXL – RIX / VNO");

        int n = 1;
        n = traveller(trip, rates, latvia, "Ilze Demo", "Bibliotēkas direktore", ludza, "189.00", n, LocalDate.of(2018, 10, 5));
        n = traveller(trip, rates, latvia, "Jānis Demo", "Projekta vadītājs", ludza, "189.00", n, LocalDate.of(2018, 10, 5));
        n = traveller(trip, rates, latvia, "Līga Demo", "Bērnu literatūras nodaļas vadītāja", jekabpils, "189.00", n,
                LocalDate.of(2018, 10, 5));
        n = traveller(trip, rates, latvia, "Dace Demo", "Bibliotekāre", jekabpils, "189.00", n, LocalDate.of(2018, 10, 5));
        n = traveller(trip, rates, lithuania, "Rūta Demo", "Vyresnioji bibliotekininkė", rokiskis, "176.00", n,
                LocalDate.of(2018, 9, 28));
        traveller(trip, rates, lithuania, "Jonas Demo", "Bibliotekininkas", rokiskis, "176.00", n, LocalDate.of(2018, 9, 28));
    }

    private void item(Trip trip, int day, String from, String to, ItineraryKind kind, String what, String where) {
        em.persist(new ItineraryItem(trip, DEPARTURE.plusDays(day), LocalTime.parse(from), LocalTime.parse(to), kind,
                what, where));
    }

    private int traveller(Trip trip, List<PerDiemRate> rates, PerDiemRule rule, String name, String position,
            Partner employer, String ticket, int number, LocalDate paidOn) {
        Participant participant = new Participant(trip, name, position, employer);
        em.persist(participant);
        TravelOrder order = new TravelOrder(participant, "KR-2018/" + number);
        order.setAdvanceRequested(Money.eur("150.00"));
        order.setAdvancePaid(Money.eur("150.00"));
        order.setAdvancePaidOn(LocalDate.of(2018, 9, 17));
        order.check();
        // a hotel with breakfast: nights 24–26, breakfasts 25–27
        for (TravelDay day : order.getDays()) {
            day.setAccommodation(!day.getDay().equals(RETURN));
            day.setBreakfast(!day.getDay().equals(DEPARTURE));
        }
        order.approve("coordinator", LocalDate.of(2018, 9, 10));
        List<TravelExpense> expenses = List.of(
                new TravelExpense(order, ExpenseKind.TICKET, "Aviobiļete turp un atpakaļ (demo)", DEPARTURE,
                        Money.eur(ticket), 0, PaidBy.ORGANISATION),
                new TravelExpense(order, ExpenseKind.ACCOMMODATION, "Viesnīca ar brokastīm, 3 naktis (demo)", DEPARTURE,
                        Money.eur("297.00"), 3, PaidBy.ORGANISATION),
                new TravelExpense(order, ExpenseKind.LOCAL_TRANSPORT, "Berlīnes sabiedriskais transports (demo)",
                        DEPARTURE, Money.eur("28.80"), 0, PaidBy.PARTICIPANT),
                new TravelExpense(order, ExpenseKind.INSURANCE, "Ceļojuma apdrošināšana (demo)", DEPARTURE,
                        Money.eur("9.50"), 0, PaidBy.ORGANISATION));
        PerDiemRate rate = rates.stream().filter(r -> r.applies(employer.getCountry(), Country.DE, DEPARTURE))
                .findFirst().orElseThrow();
        Money perDiem = PerDiemCalculation.total(new PerDiemCalculation(rule, rates).days(employer.getCountry(),
                Country.DE, order.getDepartureOn(), order.getReturnOn(), order.provisions()));
        order.settle(perDiem, "accountant", paidOn);
        em.persist(order);
        BudgetLine line = em.createQuery("SELECT b FROM BudgetLine b WHERE b.partner = :partner AND b.category = :category",
                BudgetLine.class).setParameter("partner", employer)
                .setParameter("category", CostCategory.TRAVEL_ACCOMMODATION).getSingleResult();
        ReportingPeriod period = em.createNamedQuery("ReportingPeriod.containing", ReportingPeriod.class)
                .setParameter("project", employer.getProject().getId()).setParameter("day", paidOn).getSingleResult();
        String who = name + ", " + trip.getTitle();
        for (TravelExpense expense : expenses) {
            expense.check(order.getDepartureOn(), rate.getAccommodationCap());
            em.persist(expense);
        }
        // the items name the order and its expenses by id (as TripService.approveSettlement links them), which
        // Hibernate does not know to insert first
        em.flush();
        ExpenditureItem perDiemItem = new ExpenditureItem(line, null, "Dienas nauda / per diem " + order.getNumber()
                + ": " + who, RETURN, paidOn, period, perDiem);
        perDiemItem.declaredBy(order.getId(), null);
        em.persist(perDiemItem);
        for (TravelExpense expense : expenses) {
            ExpenditureItem item = new ExpenditureItem(line, null, order.getNumber() + " " + expense.getDescription()
                    + ": " + who, expense.getSpentOn(), paidOn, period, expense.getAmount());
            item.declaredBy(order.getId(), expense.getId());
            em.persist(item);
        }
        return number + 1;
    }

    private static Partner partner(Project project, String shortName) {
        return project.getPartners().stream().filter(p -> p.getShortName().equals(shortName)).findFirst()
                .orElseThrow();
    }
}

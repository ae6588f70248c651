package lv.ludza.openup.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.naming.InitialContext;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.it.SqlStatements;
import lv.ludza.openup.procurement.ExpenditureItem;
import lv.ludza.openup.procurement.ExpenditureService;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RuleViolation;

/** Events on the real datasource: each rule, capacity under concurrent registration, roles, indicators. */
@ExtendWith(ArquillianExtension.class)
class EventIT {

    private AsUser as;
    private EventService events;
    private IndicatorService indicators;
    private Project openUp;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        events = Services.lookup(EventService.class);
        indicators = Services.lookup(IndicatorService.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        openUp = as.call("auditor", () -> projects.findDefault().orElseThrow());
    }

    private Partner partner(String shortName) {
        return openUp.getPartners().stream().filter(p -> p.getShortName().equals(shortName)).findFirst().orElseThrow();
    }

    private Event seminar(String title, Integer capacity) throws Exception {
        return seminar(title, capacity, LocalDate.of(2030, 3, 27));
    }

    /** A two-day seminar of Ludza from that day (the project ran from 1 April 2018 to 30 November 2019). */
    private Event seminar(String title, Integer capacity, LocalDate first) throws Exception {
        Event event = new Event(openUp, partner("Ludza"), EventType.SEMINAR, title + " " + System.nanoTime(),
                first, first.plusDays(1));
        event.setVenue("Ludzas pilsētas galvenā bibliotēka");
        event.setCapacity(capacity);
        return as.call("staff", () -> events.save(event));
    }

    @Test
    void endBeforeStartAndAWindowTheWrongWayRoundAreRefused() throws Exception {
        Event event = new Event(openUp, partner("Ludza"), EventType.SEMINAR, "Backwards",
                LocalDate.of(2030, 3, 28), LocalDate.of(2030, 3, 27));
        RuleViolation backwards = assertThrows(RuleViolation.class, () -> as.call("staff", () -> events.save(event)));
        assertEquals("events.endBeforeStart", backwards.getKey());
        assertEquals("endDate", backwards.getField());
        event.setEndDate(LocalDate.of(2030, 3, 29));
        event.setRegistrationOpens(LocalDate.of(2030, 3, 1));
        event.setRegistrationCloses(LocalDate.of(2030, 2, 1));
        assertEquals("events.registrationWindow.order", assertThrows(RuleViolation.class,
                () -> as.call("staff", () -> events.save(event))).getKey());
        assertTrue(event.isNew(), "nothing saved");
    }

    @Test
    void registrationsFillTheSeatsThenTheWaitingListWhichMovesUpOnCancellation() throws Exception {
        Event event = seminar("Capacity", 2);
        Registration a = as.call("staff", () -> events.register(event.getId(), new Registration("Anna Ozola", "Ludzas bibliotēka", "anna@example.lv")));
        Registration b = as.call("staff", () -> events.register(event.getId(), new Registration("Būris Kalns", "Rēzeknes bibliotēka", null)));
        Registration c = as.call("staff", () -> events.register(event.getId(), new Registration("Česlava Liepa", "Jēkabpils bibliotēka", null)));
        Registration d = as.call("staff", () -> events.register(event.getId(), new Registration("Dainius Rimkus", "Rokiškio biblioteka", null)));
        assertEquals(RegistrationStatus.CONFIRMED, a.getStatus());
        assertEquals(RegistrationStatus.CONFIRMED, b.getStatus());
        assertEquals(RegistrationStatus.WAITING, c.getStatus(), "over capacity goes to the waiting list");
        assertEquals(RegistrationStatus.WAITING, d.getStatus());

        RuleViolation duplicate = assertThrows(RuleViolation.class, () -> as.call("staff",
                () -> events.register(event.getId(), new Registration("Anna O.", "cits", "ANNA@example.lv"))));
        assertEquals("events.registration.duplicate", duplicate.getKey());
        assertEquals("events.registration.duplicate", assertThrows(RuleViolation.class, () -> as.call("staff",
                () -> events.register(event.getId(), new Registration("  būris  kalns", "Rēzeknes Bibliotēka", null))))
                .getKey());
        RuleViolation twoEmails = assertThrows(RuleViolation.class, () -> as.call("staff",
                () -> events.register(event.getId(), new Registration("ANNA  OZOLA", " ludzas bibliotēka",
                        "anna.ozola@gmail.com"))));
        assertEquals("events.registration.duplicate", twoEmails.getKey(), "the same person with another e-mail");
        assertEquals("name", twoEmails.getField());

        Registration promoted = as.call("staff", () -> events.cancel(a.getId(), a.getVersion())).orElseThrow();
        assertEquals(c.getId(), promoted.getId(), "the first waiting gets the seat");
        List<Registration> now = as.call("auditor", () -> events.registrations(event.getId()));
        assertEquals(List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING,
                RegistrationStatus.CANCELLED), now.stream().map(Registration::getStatus).toList());
        // cancelling a waiting registration promotes nobody
        Registration waiting = now.get(2);
        assertTrue(as.call("staff", () -> events.cancel(waiting.getId(), waiting.getVersion())).isEmpty());
        // a cancelled person may register again
        as.call("staff", () -> events.register(event.getId(), new Registration("Anna Ozola", "Ludzas bibliotēka", "anna@example.lv")));
    }

    @Test
    void twoRegistrationsAtTheSameMomentCannotBothTakeTheLastSeat() throws Exception {
        Event event = seminar("Concurrent", 1);
        ManagedExecutorService executor = (ManagedExecutorService) new InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        for (int round = 0; round < 3; round++) {
            Event target = round == 0 ? event : seminar("Concurrent", 1);
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Registration>> results = new ArrayList<>();
            for (String name : List.of("Pirmais Dalībnieks", "Otrais Dalībnieks")) {
                results.add(executor.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return as.call("staff", () -> events.register(target.getId(), new Registration(name, "Org", null)));
                }));
            }
            long confirmed = 0;
            for (Future<Registration> result : results) {
                if (result.get(60, TimeUnit.SECONDS).getStatus() == RegistrationStatus.CONFIRMED) {
                    confirmed++;
                }
            }
            assertEquals(1, confirmed, "exactly one seat was given");
        }
    }

    @Test
    void registrationOutsideItsWindowIsRefused() throws Exception {
        Event event = new Event(openUp, partner("Ludza"), EventType.SEMINAR, "Window " + System.nanoTime(),
                LocalDate.of(2030, 3, 27), LocalDate.of(2030, 3, 27));
        event.setRegistrationOpens(LocalDate.of(2030, 1, 1));
        Event saved = as.call("staff", () -> events.save(event));
        // (the window has no end: the refusal names the day it opens)
        assertEquals("events.registration.opensOn", assertThrows(RuleViolation.class, () -> as.call("staff",
                () -> events.register(saved.getId(), new Registration("Par Agru", null, null)))).getKey());
        assertTrue(as.call("staff", () -> events.registrations(saved.getId())).isEmpty());
    }

    @Test
    void checkInOnlyOnTheEventsDaysAndOnlyWithASeat() throws Exception {
        Event event = seminar("Attendance", 1);
        Registration seated = as.call("staff", () -> events.register(event.getId(), new Registration("Inese Zaķe", "Ludza", null)));
        Registration waiting = as.call("staff", () -> events.register(event.getId(), new Registration("Jonas Jonaitis", "Utena", null)));
        RuleViolation notRunning = assertThrows(RuleViolation.class,
                () -> as.run("staff", () -> events.checkIn(seated.getId(), LocalDate.of(2030, 3, 29))));
        assertEquals("events.notRunning", notRunning.getKey());
        assertEquals("events.checkIn.notConfirmed", assertThrows(RuleViolation.class,
                () -> as.run("staff", () -> events.checkIn(waiting.getId(), LocalDate.of(2030, 3, 27)))).getKey());
        as.run("staff", () -> events.checkIn(seated.getId(), LocalDate.of(2030, 3, 27)));
        as.run("staff", () -> events.checkIn(seated.getId(), LocalDate.of(2030, 3, 27)));
        as.run("staff", () -> events.checkIn(seated.getId(), LocalDate.of(2030, 3, 28)));
        assertEquals(2, as.call("auditor", () -> events.attendance(event.getId())).size(), "twice is once");
        as.run("staff", () -> events.undoCheckIn(seated.getId(), LocalDate.of(2030, 3, 28)));
        assertEquals(1, as.call("auditor", () -> events.attendance(event.getId())).size());

        // the dates cannot move away from recorded attendance
        Event stored = as.call("staff", () -> events.find(event.getId()).orElseThrow());
        stored.setStartDate(LocalDate.of(2030, 4, 1));
        stored.setEndDate(LocalDate.of(2030, 4, 1));
        assertEquals("events.daysInUse", assertThrows(RuleViolation.class,
                () -> as.call("staff", () -> events.save(stored))).getKey());
    }

    @Test
    void agendaLinesBelongToTheEventsDays() throws Exception {
        Event event = seminar("Agenda", null);
        assertEquals("events.notRunning", assertThrows(RuleViolation.class, () -> as.call("staff",
                () -> events.addAgendaItem(event.getId(), new AgendaItem(LocalDate.of(2030, 3, 30), LocalTime.of(10, 0),
                        "Par vēlu", null)))).getKey());
        as.call("staff", () -> events.addAgendaItem(event.getId(),
                new AgendaItem(LocalDate.of(2030, 3, 28), LocalTime.of(9, 0), "Otrā diena", "Lektors")));
        as.call("staff", () -> events.addAgendaItem(event.getId(),
                new AgendaItem(LocalDate.of(2030, 3, 27), LocalTime.of(10, 0), "Atklāšana", "Direktore")));
        assertEquals(List.of("Atklāšana", "Otrā diena"),
                as.call("auditor", () -> events.agenda(event.getId())).stream().map(AgendaItem::getTitle).toList());
    }

    @Test
    void childrenCountsAreCheckedAndMoveTheIndicators() throws Exception {
        Event lesson = as.call("staff", () -> events.save(new Event(openUp, partner("Ludza"), EventType.LESSON,
                "Nodarbība " + System.nanoTime(), LocalDate.of(2030, 9, 5), LocalDate.of(2030, 9, 5))));
        assertEquals(TargetGroup.CHILDREN, lesson.getTargetGroup());
        assertEquals("events.registration.childrenEvent", assertThrows(RuleViolation.class, () -> as.call("staff",
                () -> events.register(lesson.getId(), new Registration("Bērns", null, null)))).getKey());

        ChildrenSession tooMany = new ChildrenSession(LocalDate.of(2030, 9, 5), 10, 11, 0);
        RuleViolation above = assertThrows(RuleViolation.class,
                () -> as.call("staff", () -> events.recordChildren(lesson.getId(), tooMany)));
        assertEquals("events.children.firstTimeAbovePresent", above.getKey());
        assertEquals("firstTime", above.getField());
        assertEquals("events.children.negative", assertThrows(RuleViolation.class, () -> as.call("staff",
                () -> events.recordChildren(lesson.getId(), new ChildrenSession(LocalDate.of(2030, 9, 5), -1, 0, 0))))
                .getKey());
        assertEquals("events.notRunning", assertThrows(RuleViolation.class, () -> as.call("staff",
                () -> events.recordChildren(lesson.getId(), new ChildrenSession(LocalDate.of(2030, 9, 6), 5, 1, 1))))
                .getKey());

        long before = as.call("auditor", () -> indicators.achieved(openUp.getId(), IndicatorMeasure.CHILDREN_FIRST_TIME));
        long presentBefore = as.call("auditor", () -> indicators.achieved(openUp.getId(), IndicatorMeasure.CHILDREN_PRESENT));
        as.call("staff", () -> events.recordChildren(lesson.getId(), new ChildrenSession(LocalDate.of(2030, 9, 5), 12, 4, 6)));
        assertEquals("events.children.dayTaken", assertThrows(RuleViolation.class, () -> as.call("staff",
                () -> events.recordChildren(lesson.getId(), new ChildrenSession(LocalDate.of(2030, 9, 5), 1, 1, 1))))
                .getKey());
        assertEquals(before, as.call("auditor",
                () -> indicators.achieved(openUp.getId(), IndicatorMeasure.CHILDREN_FIRST_TIME)),
                "a lesson in 2030 is outside the project (April 2018 – November 2019): it does not count");
        assertTrue(as.call("auditor", () -> indicators.contributions(openUp.getId(), IndicatorMeasure.CHILDREN_FIRST_TIME))
                .stream().noneMatch(c -> c.eventId() == lesson.getId()));

        Event inside = as.call("staff", () -> events.save(new Event(openUp, partner("Ludza"), EventType.LESSON,
                "Nodarbība " + System.nanoTime(), LocalDate.of(2019, 11, 29), LocalDate.of(2019, 11, 29))));
        as.call("staff", () -> events.recordChildren(inside.getId(), new ChildrenSession(LocalDate.of(2019, 11, 29), 12, 4, 6)));
        assertEquals(before + 4, as.call("auditor",
                () -> indicators.achieved(openUp.getId(), IndicatorMeasure.CHILDREN_FIRST_TIME)));
        assertEquals(presentBefore + 12, as.call("auditor",
                () -> indicators.achieved(openUp.getId(), IndicatorMeasure.CHILDREN_PRESENT)));
        assertTrue(as.call("auditor", () -> indicators.contributions(openUp.getId(), IndicatorMeasure.CHILDREN_FIRST_TIME))
                .stream().anyMatch(c -> c.eventId() == inside.getId() && c.value() == 4));
        assertEquals(before + 4, as.call("auditor", () -> indicators.byPartner(openUp.getId(),
                IndicatorMeasure.CHILDREN_FIRST_TIME)).values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void specialistsTrainedCountsDistinctAdultsWhoAttendedASeminar() throws Exception {
        long before = as.call("auditor", () -> indicators.specialistsTrained(openUp.getId()));
        String person = "Speciāliste " + System.nanoTime();
        Event first = seminar("Training A", null, LocalDate.of(2019, 11, 25));
        Event second = seminar("Training B", null, LocalDate.of(2019, 11, 25));
        Registration one = as.call("staff", () -> events.register(first.getId(), new Registration(person, "Ludzas bibliotēka", null)));
        Registration again = as.call("staff", () -> events.register(second.getId(), new Registration(person, "Ludzas bibliotēka", null)));
        as.call("staff", () -> events.register(second.getId(), new Registration(person + " nebija", "X", null)));
        as.run("staff", () -> events.checkIn(one.getId(), LocalDate.of(2019, 11, 25)));
        as.run("staff", () -> events.checkIn(again.getId(), LocalDate.of(2019, 11, 25)));
        as.run("staff", () -> events.checkIn(again.getId(), LocalDate.of(2019, 11, 26)));
        // a seminar after the project's end does not count
        Event later = seminar("Training C", null);
        Registration outside = as.call("staff", () -> events.register(later.getId(), new Registration(person + " vēlāk",
                "Ludzas bibliotēka", null)));
        as.run("staff", () -> events.checkIn(outside.getId(), LocalDate.of(2030, 3, 27)));
        assertEquals(before + 1, as.call("auditor", () -> indicators.specialistsTrained(openUp.getId())),
                "one person at two seminars is one specialist; one who did not attend is none");
        assertEquals(before + 1, as.call("auditor",
                () -> indicators.overTime(openUp.getId(), IndicatorMeasure.SPECIALISTS_TRAINED)).values().stream()
                .reduce((x, y) -> y).orElse(0L));
    }

    @Test
    void staffKeepTheirOwnPartnersEventsOnly() throws Exception {
        Event ludza = seminar("Roles", 5);
        Event other = new Event(openUp, partner("Ludza"), EventType.SEMINAR, "Not mine", LocalDate.of(2030, 5, 5),
                LocalDate.of(2030, 5, 5));
        assertThrows(EJBAccessException.class, () -> as.call("staff.lt", () -> events.save(other)));
        assertThrows(EJBAccessException.class, () -> as.call("staff.lt",
                () -> events.register(ludza.getId(), new Registration("Ne", "Ne", null))));
        assertThrows(EJBAccessException.class, () -> as.call("auditor", () -> events.save(other)));
        assertThrows(EJBAccessException.class, () -> as.call("accountant", () -> events.save(other)));
        as.call("coordinator", () -> events.register(ludza.getId(), new Registration("Koordinatores viesis", "LV", null)));
        assertTrue(as.call("auditor", () -> events.find(ludza.getId())).isPresent());
    }

    @Test
    void aSeriesIsCreatedInOneStep() throws Exception {
        Event first = new Event(openUp, partner("Ludza"), EventType.VIDEO_CLASS, "Video " + System.nanoTime(),
                LocalDate.of(2031, 9, 4), LocalDate.of(2031, 9, 4));
        List<Event> series = as.call("staff", () -> events.createSeries(first, LocalDate.of(2031, 10, 2), 7));
        assertEquals(5, series.size());
        assertEquals(LocalDate.of(2031, 10, 2), series.get(4).getStartDate());
        assertEquals(1, series.stream().map(Event::getSeriesKey).distinct().count());
        assertEquals("events.series.until", assertThrows(RuleViolation.class,
                () -> as.call("staff", () -> events.createSeries(new Event(openUp, partner("Ludza"), EventType.LESSON,
                        "X", LocalDate.of(2031, 9, 4), LocalDate.of(2031, 9, 4)), LocalDate.of(2031, 9, 1), 7))).getKey());
        assertEquals(5, as.call("auditor", () -> events.between(openUp.getId(), LocalDate.of(2031, 9, 1),
                LocalDate.of(2031, 10, 31), null, EventType.VIDEO_CLASS)).size());
    }

    @Test
    void theListPageIsAConstantNumberOfStatements() throws Exception {
        for (int i = 0; i < 3; i++) {
            seminar("Paging", 10);
        }
        SqlStatements sql = Services.lookup(SqlStatements.class);
        Map<String, String> filters = Map.of(PageRequest.PROJECT, String.valueOf(openUp.getId()));
        long ten = sql.countWhile(() -> as.call("auditor", () -> events.page(new PageRequest(0, 10, "startDate", false, filters))));
        long fifty = sql.countWhile(() -> as.call("auditor", () -> events.page(new PageRequest(0, 50, "startDate", false, filters))));
        assertEquals(ten, fifty, "no statement per row");
        assertTrue(ten <= 3, "statements for a page: " + ten);
    }

    @Test
    void theDemoActivitiesBringTheIndicatorsNearThePublishedFigures() throws Exception {
        long reached = as.call("auditor", () -> indicators.achieved(openUp.getId(), IndicatorMeasure.CHILDREN_FIRST_TIME));
        assertTrue(reached >= 950 && reached < 1150, "about 1000 children reached: " + reached);
        assertTrue(as.call("auditor", () -> indicators.specialistsTrained(openUp.getId())) > 30, "more than 30 specialists");
        assertTrue(as.call("auditor", () -> indicators.achieved(openUp.getId(), IndicatorMeasure.CONFERENCE_ATTENDEES)) >= 100);
        assertEquals(4, as.call("auditor", () -> indicators.progress(openUp.getId())).size());
        assertEquals(3, as.call("auditor", () -> indicators.byPartner(openUp.getId(), IndicatorMeasure.CHILDREN_FIRST_TIME)).size());
        assertEquals(15, as.call("auditor", () -> events.between(openUp.getId(), LocalDate.of(2018, 9, 1),
                LocalDate.of(2019, 5, 31), partner("Ludza").getId(), EventType.VIDEO_CLASS)).size(), "15 video classes");
        assertEquals(3, as.call("auditor", () -> events.between(openUp.getId(), LocalDate.of(2018, 1, 1),
                LocalDate.of(2019, 12, 31), null, EventType.SEMINAR)).stream()
                .filter(e -> !e.getTitle().startsWith("Training ")).count(), "the seed's three (not this class' own)");
    }

    @Test
    void anEventLinksItsOrganisersExpenditureOnce() throws Exception {
        Event event = seminar("Costs", null);
        List<lv.ludza.openup.procurement.ExpenditureItem> choices = as.call("staff", () -> events.linkableCosts(event.getId()));
        assertTrue(!choices.isEmpty(), "the demo has expenditure of Ludza");
        long itemId = choices.get(0).getId();
        EventCost cost = as.call("staff", () -> events.linkCost(event.getId(), itemId));
        assertEquals("events.cost.linked", assertThrows(RuleViolation.class,
                () -> as.call("staff", () -> events.linkCost(event.getId(), itemId))).getKey());
        assertEquals(1, as.call("auditor", () -> events.costs(event.getId())).size());
        assertEquals(choices.size() - 1, as.call("staff", () -> events.linkableCosts(event.getId())).size());

        Event other = as.call("coordinator", () -> events.save(new Event(openUp, partner("Jēkabpils"), EventType.SEMINAR,
                "Jēkabpils " + System.nanoTime(), LocalDate.of(2030, 6, 1), LocalDate.of(2030, 6, 1))));
        List<lv.ludza.openup.procurement.ExpenditureItem> theirs = as.call("coordinator", () -> events.linkableCosts(other.getId()));
        if (!theirs.isEmpty()) {
            assertEquals("events.cost.otherPartner", assertThrows(RuleViolation.class, () -> as.call("coordinator",
                    () -> events.linkCost(event.getId(), theirs.get(0).getId()))).getKey());
        }
        as.run("staff", () -> events.unlinkCost(cost.getId()));
        assertTrue(as.call("auditor", () -> events.costs(event.getId())).isEmpty());
    }

    @Test
    void aCostLinkedToAnEventIsNotWithdrawnUntilTheLinkGoes() throws Exception {
        ExpenditureService expenditure = Services.lookup(ExpenditureService.class);
        Event event = seminar("Withdraw", null);
        // paid in a period whose report of Ludza is still a draft
        ExpenditureItem item = as.call("coordinator", () -> expenditure.declareOther(partner("Ludza").getId(),
                CostCategory.TRAVEL_ACCOMMODATION, "Seminar coffee (IT) " + System.nanoTime(), LocalDate.of(2019, 5, 20),
                LocalDate.of(2019, 5, 20), Money.eur("1.00")));
        EventCost cost = as.call("staff", () -> events.linkCost(event.getId(), item.getId()));
        RuleViolation linked = assertThrows(RuleViolation.class, () -> as.run("coordinator",
                () -> expenditure.withdraw(item.getId(), item.getVersion())));
        assertEquals("expenditure.stillLinked", linked.getKey());
        assertEquals(item.getDescription(), linked.getArguments()[0]);
        assertEquals(1, as.call("auditor", () -> events.costs(event.getId())).size(), "nothing removed");

        as.run("staff", () -> events.unlinkCost(cost.getId()));
        as.run("coordinator", () -> expenditure.withdraw(item.getId(), item.getVersion()));
        assertTrue(as.call("staff", () -> events.linkableCosts(event.getId())).stream()
                .noneMatch(i -> i.getId().equals(item.getId())), "withdrawn once the link is gone");
    }
}

package lv.ludza.openup.events;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.shared.RuleViolation;

/** The rules of an event, its registrations and its children counts, without a database. */
class EventTest {

    private static Event seminar(String first, String last) {
        return new Event(null, null, EventType.SEMINAR, "Seminārs", LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void theLastDayCannotBeBeforeTheFirst() {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> seminar("2019-03-28", "2019-03-27").check());
        assertEquals("events.endBeforeStart", violation.getKey());
        assertEquals("endDate", violation.getField());
        assertDoesNotThrow(() -> seminar("2019-03-28", "2019-03-28").check());
    }

    @Test
    void theRegistrationWindowRunsForwardAndClosesByTheLastDay() {
        Event event = seminar("2019-03-28", "2019-03-28");
        event.setRegistrationOpens(LocalDate.parse("2019-03-10"));
        event.setRegistrationCloses(LocalDate.parse("2019-03-01"));
        assertEquals("events.registrationWindow.order", assertThrows(RuleViolation.class, event::check).getKey());
        event.setRegistrationCloses(LocalDate.parse("2019-03-29"));
        assertEquals("events.registrationWindow.afterEnd", assertThrows(RuleViolation.class, event::check).getKey());
        event.setRegistrationCloses(LocalDate.parse("2019-03-25"));
        event.check();
        assertEquals("events.registration.closed", assertThrows(RuleViolation.class,
                () -> event.requireRegistrationOpen(LocalDate.parse("2019-03-09"))).getKey());
        assertEquals("events.registration.closed", assertThrows(RuleViolation.class,
                () -> event.requireRegistrationOpen(LocalDate.parse("2019-03-26"))).getKey());
        event.requireRegistrationOpen(LocalDate.parse("2019-03-25"));
        // a window open on one side names the one date it has
        event.setRegistrationOpens(null);
        RuleViolation closed = assertThrows(RuleViolation.class,
                () -> event.requireRegistrationOpen(LocalDate.parse("2019-03-26")));
        assertEquals("events.registration.closedOn", closed.getKey());
        assertEquals(java.util.List.of(LocalDate.parse("2019-03-25")), java.util.List.of(closed.getArguments()));
    }

    @Test
    void daysAreTheConsecutiveDaysFromFirstToLast() {
        Event camp = new Event(null, null, EventType.CAMP, "Nometne", LocalDate.parse("2018-08-21"),
                LocalDate.parse("2018-08-27"));
        assertEquals(7, camp.getDays().size());
        assertEquals(TargetGroup.CHILDREN, camp.getTargetGroup());
        assertTrue(camp.runsOn(LocalDate.parse("2018-08-27")));
        assertFalse(camp.runsOn(LocalDate.parse("2018-08-28")));
        assertEquals("events.notRunning", assertThrows(RuleViolation.class,
                () -> camp.requireDay(LocalDate.parse("2018-08-20"), "day")).getKey());
    }

    @Test
    void capacityLeavesNoSeatOnceTaken() {
        Event event = seminar("2019-01-17", "2019-01-17");
        assertTrue(event.hasSeatFor(1000), "no capacity, no limit");
        event.setCapacity(2);
        assertTrue(event.hasSeatFor(1));
        assertFalse(event.hasSeatFor(2));
    }

    @Test
    void aPersonIsKnownByEmailOrByNameAndOrganisation() {
        assertTrue(new Registration("Anna", "X", "Anna@Example.lv").isSamePersonAs(
                new Registration("Cita", "Y", "anna@example.lv")));
        assertTrue(new Registration(" Būris   Kalns ", "Rēzeknes  bibliotēka", null).isSamePersonAs(
                new Registration("būris kalns", "RĒZEKNES BIBLIOTĒKA", null)));
        assertTrue(new Registration("Jānis Bērziņš", "Ludzas bibliotēka", "janis@ludza.lv").isSamePersonAs(
                new Registration("JĀNIS  BĒRZIŅŠ", " ludzas bibliotēka", "j.berzins@gmail.com")),
                "the same name and organisation with two different e-mails is one person");
        assertFalse(new Registration("Anna", "X", null).isSamePersonAs(new Registration("Anna", "Y", null)));
        assertFalse(new Registration("Anna", "X", "a@x.lv").isSamePersonAs(new Registration("Anna", "Y", "b@y.lv")));
        assertEquals("Būris Kalns", new Registration(" Būris   Kalns ", null, null).getName());
    }

    @Test
    void childrenCountsMustFitTogether() {
        ChildrenSession session = new ChildrenSession(LocalDate.parse("2018-09-04"), 10, 11, 0);
        RuleViolation above = assertThrows(RuleViolation.class, session::check);
        assertEquals("events.children.firstTimeAbovePresent", above.getKey());
        assertEquals(List.of(11, 10), List.of(above.getArguments()));
        session.setFirstTime(3);
        session.setVulnerable(12);
        assertEquals("events.children.vulnerableAbovePresent", assertThrows(RuleViolation.class, session::check).getKey());
        session.setVulnerable(4);
        session.setAgeUpTo9(6);
        session.setAge10To13(6);
        assertEquals("events.children.agesAbovePresent", assertThrows(RuleViolation.class, session::check).getKey());
        session.setAge10To13(4);
        session.check();
        session.setPresent(-1);
        RuleViolation negative = assertThrows(RuleViolation.class, session::check);
        assertEquals("events.children.negative", negative.getKey());
        assertEquals("present", negative.getField());
    }

    @Test
    void anEventCountsForTheProjectOnlyWithinItsPeriod() {
        lv.ludza.openup.shared.DateRange project = lv.ludza.openup.shared.DateRange.of(LocalDate.of(2017, 12, 1),
                LocalDate.of(2019, 11, 30));
        Event event = new Event();
        event.setStartDate(LocalDate.of(2019, 11, 30));
        event.setEndDate(LocalDate.of(2019, 11, 30));
        assertTrue(event.isWithin(project), "the last day of the project");
        event.setEndDate(LocalDate.of(2019, 12, 1));
        assertFalse(event.isWithin(project), "ends after the project");
        event.setStartDate(LocalDate.of(2017, 11, 30));
        event.setEndDate(LocalDate.of(2017, 12, 1));
        assertFalse(event.isWithin(project), "starts before it");
        event.setStartDate(LocalDate.of(2030, 3, 28));
        event.setEndDate(LocalDate.of(2030, 3, 28));
        assertFalse(event.isWithin(project));
    }
}

package lv.ludza.openup.renovation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.renovation.Schedule.Broken;
import lv.ludza.openup.renovation.Schedule.Item;
import lv.ludza.openup.shared.RuleViolation;

/** Finish-to-start dependencies, loops and the critical path, in calendar days. */
class ScheduleTest {

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2019, month, day);
    }

    private static Item item(long id, String name, LocalDate start, LocalDate end, Long... predecessors) {
        return new Item(id, name, start, end, Set.of(predecessors));
    }

    /** Design 1–10 Mar → demolition 11–20 → electrical 21–31 → finishing 1–15 Apr; furniture 1–5 Apr after design. */
    private static List<Item> library() {
        return List.of(
                item(1, "Design", d(3, 1), d(3, 10)),
                item(2, "Demolition", d(3, 11), d(3, 20), 1L),
                item(3, "Electrical", d(3, 21), d(3, 31), 2L),
                item(4, "Finishing", d(4, 1), d(4, 15), 3L),
                item(5, "Furniture", d(4, 1), d(4, 5), 1L));
    }

    @Test
    void aTightChainIsTheCriticalPathAndASideTaskHasFloat() {
        Schedule schedule = Schedule.of(library());
        assertEquals(d(4, 15), schedule.finish());
        assertEquals(List.of(1L, 2L, 3L, 4L), schedule.criticalPath());
        assertFalse(schedule.isCritical(5));
        assertEquals(10, schedule.timing(5).totalFloat(), "furniture may finish on 15 April");
        assertEquals(d(4, 15), schedule.timing(5).lateFinish());
        assertEquals(d(4, 11), schedule.timing(5).lateStart());
        assertTrue(schedule.broken().isEmpty());
    }

    @Test
    void durationsCountCalendarDaysWithBothEnds() {
        Schedule schedule = Schedule.of(List.of(item(1, "One day", d(3, 2), d(3, 2)),
                item(2, "Weekend included", d(3, 1), d(3, 4))));
        assertEquals(d(3, 2), schedule.timing(1).earlyFinish());
        assertEquals(d(3, 4), schedule.finish());
        assertEquals(2, schedule.timing(1).totalFloat());
        assertTrue(schedule.isCritical(2));
    }

    @Test
    void aGapBeforeASuccessorGivesThePredecessorFloatAndPlannedStartsAreStartNoEarlierThan() {
        Schedule schedule = Schedule.of(List.of(item(1, "A", d(3, 1), d(3, 5)),
                item(2, "B", d(3, 10), d(3, 12), 1L)));
        assertEquals(d(3, 10), schedule.timing(2).earlyStart());
        assertEquals(4, schedule.timing(1).totalFloat());
        assertTrue(schedule.isCritical(2));
        assertEquals(List.of(2L), schedule.criticalPath());
    }

    @Test
    void aLatePredecessorPushesItsSuccessorsInTheForwardPass() {
        // B planned to start on 3 March although A ends on 5 March: B cannot start before 6 March
        Schedule schedule = Schedule.of(List.of(item(1, "A", d(3, 1), d(3, 5)),
                item(2, "B", d(3, 3), d(3, 4), 1L)));
        assertEquals(d(3, 6), schedule.timing(2).earlyStart());
        assertEquals(d(3, 7), schedule.timing(2).earlyFinish());
        assertEquals(d(3, 7), schedule.finish());
        assertEquals(List.of(1L, 2L), schedule.criticalPath());
        List<Broken> broken = schedule.broken();
        assertEquals(1, broken.size());
        assertEquals("A", broken.get(0).predecessor());
        assertEquals("B", broken.get(0).task());
        assertEquals(d(3, 5), broken.get(0).predecessorEnd());
        assertEquals(d(3, 3), broken.get(0).taskStart());
    }

    @Test
    void theLongerOfTwoBranchesIsCritical() {
        Schedule schedule = Schedule.of(List.of(item(1, "Start", d(3, 1), d(3, 1)),
                item(2, "Short", d(3, 2), d(3, 3), 1L), item(3, "Long", d(3, 2), d(3, 9), 1L),
                item(4, "End", d(3, 10), d(3, 10), 2L, 3L)));
        assertEquals(List.of(1L, 3L, 4L), schedule.criticalPath());
        assertEquals(6, schedule.timing(2).totalFloat());
        assertEquals(d(3, 9), schedule.timing(2).lateFinish());
    }

    @Test
    void startingTheDayAfterThePredecessorEndsKeepsTheDependencyAndTheSameDayBreaksIt() {
        Schedule keeps = Schedule.of(List.of(item(1, "A", d(3, 1), d(3, 5)), item(2, "B", d(3, 6), d(3, 8), 1L)));
        assertTrue(keeps.broken().isEmpty());
        Schedule same = Schedule.of(List.of(item(1, "A", d(3, 1), d(3, 5)), item(2, "B", d(3, 5), d(3, 8), 1L)));
        assertEquals(1, same.broken().size());
    }

    @Test
    void movingATaskReportsTheDependenciesItBreaksOnBothSides() {
        Schedule schedule = Schedule.of(library());
        // demolition moved to end later: electrical (its successor) would start before it ends
        List<Broken> later = schedule.brokenIfMoved(2, d(3, 11), d(3, 25));
        assertEquals(1, later.size());
        assertEquals(2L, later.get(0).predecessorId());
        assertEquals(3L, later.get(0).taskId());
        // demolition moved to start earlier: it would start before design (its predecessor) ends
        List<Broken> earlier = schedule.brokenIfMoved(2, d(3, 5), d(3, 15));
        assertEquals(1, earlier.size());
        assertEquals(1L, earlier.get(0).predecessorId());
        assertEquals(2L, earlier.get(0).taskId());
        // both at once
        assertEquals(2, schedule.brokenIfMoved(2, d(3, 1), d(3, 30)).size());
        // a move within its float breaks nothing
        assertTrue(schedule.brokenIfMoved(5, d(4, 8), d(4, 12)).isEmpty());
        // the schedule itself is unchanged
        assertTrue(schedule.broken().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> schedule.brokenIfMoved(99, d(3, 1), d(3, 2)));
    }

    @Test
    void aTaskCannotWaitForItself() {
        RuleViolation self = assertThrows(RuleViolation.class, () -> Schedule.requireNoLoop(library(), 3, 3));
        assertEquals("renovation.dependency.self", self.getKey());
        assertEquals("predecessors", self.getField());
    }

    @Test
    void aDependencyThatClosesALoopIsRefusedWithTheChain() {
        // design waiting for finishing: design → demolition → electrical → finishing → design
        RuleViolation loop = assertThrows(RuleViolation.class, () -> Schedule.requireNoLoop(library(), 1, 4));
        assertEquals("renovation.dependency.loop", loop.getKey());
        assertEquals("Design → Demolition → Electrical → Finishing → Design", loop.getArguments()[0]);
        // a two-task loop
        RuleViolation shortLoop = assertThrows(RuleViolation.class, () -> Schedule.requireNoLoop(library(), 1, 2));
        assertEquals("Design → Demolition → Design", shortLoop.getArguments()[0]);
    }

    @Test
    void dependenciesThatCloseNoLoopAreAccepted() {
        Schedule.requireNoLoop(library(), 4, 1); // finishing after design too: already implied, no loop
        Schedule.requireNoLoop(library(), 5, 3); // furniture after electrical
        Schedule.requireNoLoop(library(), 1, 99); // an unknown predecessor closes nothing
    }

    @Test
    void aScheduleWithALoopIsRefused() {
        List<Item> loop = new ArrayList<>(List.of(item(1, "A", d(3, 1), d(3, 2), 3L),
                item(2, "B", d(3, 3), d(3, 4), 1L), item(3, "C", d(3, 5), d(3, 6), 2L),
                item(4, "Outside", d(3, 1), d(3, 9), 1L)));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Schedule.of(loop));
        assertEquals("renovation.dependency.loop", refused.getKey());
        String chain = (String) refused.getArguments()[0];
        assertTrue(chain.contains("A") && chain.contains("B") && chain.contains("C"), chain);
        assertFalse(chain.contains("Outside"), chain);
        String[] names = chain.split(" → ");
        assertEquals(names[0], names[names.length - 1], "a loop ends where it starts: " + chain);
        assertEquals(4, names.length);
    }

    @Test
    void anUnknownPredecessorIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.of(List.of(item(1, "A", d(3, 1), d(3, 2), 7L))));
        assertThrows(IllegalArgumentException.class, () -> new Item(1, "A", null, d(3, 2), Set.of()));
    }

    @Test
    void anEmptyScheduleHasNoFinish() {
        Schedule empty = Schedule.of(List.of());
        assertNull(empty.finish());
        assertTrue(empty.criticalPath().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> empty.timing(1));
    }

    @Test
    void independentTasksAreCriticalOnlyWhenTheyEndLast() {
        Schedule schedule = Schedule.of(List.of(item(1, "A", d(3, 1), d(3, 31)), item(2, "B", d(3, 1), d(3, 10))));
        assertTrue(schedule.isCritical(1));
        assertEquals(21, schedule.timing(2).totalFloat());
    }
}

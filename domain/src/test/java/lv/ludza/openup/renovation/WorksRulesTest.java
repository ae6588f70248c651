package lv.ludza.openup.renovation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.shared.RuleViolation;

/** The rules of works, tasks and defects that need no database. */
class WorksRulesTest {

    private static final LocalDate START = LocalDate.of(2019, 3, 1);

    private static Works works() {
        Works works = new Works(null, "Library premises", START, START.plusMonths(2));
        return works;
    }

    private static String key(Runnable call) {
        return assertThrows(RuleViolation.class, call::run).getKey();
    }

    @Test
    void aTaskEndingBeforeItStartsIsRefused() {
        WorksTask task = new WorksTask(works(), null, "Demolition", START, START.minusDays(1));
        RuleViolation refused = assertThrows(RuleViolation.class, task::check);
        assertEquals("renovation.endBeforeStart", refused.getKey());
        assertEquals("taskPlannedEnd", refused.getField());
        WorksTask oneDay = new WorksTask(works(), null, "One day", START, START);
        oneDay.check();
    }

    @Test
    void progressIsAPercentage() {
        WorksTask task = new WorksTask(works(), null, "Electrical", START, START.plusDays(9));
        assertEquals("renovation.progress.range", key(() -> task.record(101, START, null)));
        assertEquals("renovation.progress.range", key(() -> task.record(-1, START, null)));
        task.record(100, START, START.plusDays(9));
        assertEquals(TaskStatus.DONE, task.getStatus());
    }

    @Test
    void recordingProgressMovesTheStatus() {
        WorksTask task = new WorksTask(works(), null, "Finishing", START, START.plusDays(9));
        task.record(40, START, null);
        assertEquals(TaskStatus.IN_PROGRESS, task.getStatus());
        assertEquals(40, task.getProgress());
        task.setStatus(TaskStatus.DONE);
        assertEquals("renovation.task.doneNeedsEnd", key(task::check));
        assertEquals("renovation.actualStart.required", key(() -> task.record(50, null, START.plusDays(3))));
        assertEquals("renovation.endBeforeStart", key(() -> task.record(50, START, START.minusDays(3))));
    }

    @Test
    void lateIsNotDonePastThePlannedEndOrDoneAfterIt() {
        WorksTask task = new WorksTask(works(), null, "Electrical", START, START.plusDays(9));
        assertFalse(task.isLate(START.plusDays(9)));
        assertTrue(task.isLate(START.plusDays(10)));
        task.record(100, START, START.plusDays(9));
        assertFalse(task.isLate(START.plusDays(30)));
        task.record(100, START, START.plusDays(12));
        assertTrue(task.isLate(START.plusDays(30)));
    }

    @Test
    void tasksSitAtMostOneLevelBelowAPhase() {
        WorksTask phase = new WorksTask(works(), null, "Phase", START, START.plusDays(9));
        WorksTask task = new WorksTask(works(), phase, "Task", START, START.plusDays(2));
        task.check();
        WorksTask deeper = new WorksTask(works(), task, "Sub-task", START, START.plusDays(1));
        assertEquals("renovation.task.tooDeep", key(deeper::check));
    }

    @Test
    void worksDatesAreInOrder() {
        Works works = works();
        works.setPlannedEnd(START.minusDays(1));
        assertEquals("renovation.endBeforeStart", key(works::checkDates));
        works.setPlannedEnd(START.plusDays(1));
        works.setActualEnd(START.plusDays(1));
        assertEquals("renovation.actualStart.required", key(works::checkDates));
        works.setActualStart(START);
        works.checkDates();
    }

    @Test
    void acceptanceNeedsTheEndOfTheWorksAndComesAfterIt() {
        Works works = works();
        assertEquals("renovation.acceptance.notFinished",
                key(() -> works.accept(START.plusMonths(3), "A, B", AcceptanceResult.ACCEPTED, null, 36)));
        works.setActualStart(START);
        works.setActualEnd(START.plusMonths(2));
        assertEquals("renovation.acceptance.beforeEnd",
                key(() -> works.accept(START.plusMonths(2).minusDays(1), "A, B", AcceptanceResult.ACCEPTED, null, 36)));
        assertEquals("renovation.commission.required",
                key(() -> works.accept(START.plusMonths(2), " ", AcceptanceResult.ACCEPTED, null, 36)));
        assertEquals("renovation.result.required", key(() -> works.accept(START.plusMonths(2), "A", null, null, 36)));
        assertEquals("renovation.warranty.range",
                key(() -> works.accept(START.plusMonths(2), "A", AcceptanceResult.ACCEPTED, null, 121)));
        assertNull(works.getAcceptedOn(), "nothing half-recorded");
        assertNull(works.getWarrantyEnd());

        works.accept(START.plusMonths(2), " Chair, member ", AcceptanceResult.ACCEPTED_WITH_DEFECTS, "two defects", 36);
        assertEquals("Chair, member", works.getCommission());
        assertEquals(LocalDate.of(2022, 5, 1), works.getWarrantyEnd());
    }

    @Test
    void aRejectedActGivesNoWarrantyAndDoesNotClose() {
        Works works = works();
        works.setActualStart(START);
        works.setActualEnd(START.plusMonths(2));
        works.accept(START.plusMonths(2), "A", AcceptanceResult.REJECTED, "not ready", 36);
        assertNull(works.getWarrantyEnd());
        assertEquals("renovation.close.notAccepted", key(() -> works.close(0)));
    }

    @Test
    void closingWithDefectsNotVerifiedIsRefused() {
        Works works = works();
        assertEquals("renovation.close.notAccepted", key(() -> works.close(0)));
        works.setActualStart(START);
        works.setActualEnd(START.plusMonths(2));
        works.accept(START.plusMonths(2), "A", AcceptanceResult.ACCEPTED_WITH_DEFECTS, null, 36);
        RuleViolation open = assertThrows(RuleViolation.class, () -> works.close(2));
        assertEquals("renovation.close.openDefects", open.getKey());
        assertEquals(2L, open.getArguments()[0]);
        assertEquals(WorksStatus.OPEN, works.getStatus());
        works.close(0);
        assertEquals(WorksStatus.CLOSED, works.getStatus());
        assertEquals("renovation.closed",
                key(() -> works.accept(START.plusMonths(3), "A", AcceptanceResult.ACCEPTED, null, 36)));
    }

    @Test
    void defectsGoOpenFixedVerifiedOneStepAtATime() {
        Defect defect = new Defect(works(), "Socket loose", "Room 2", START.plusMonths(3));
        assertTrue(defect.isOverdue(START.plusMonths(3).plusDays(1)));
        assertEquals("renovation.defect.date.required", key(() -> defect.advance(null)));
        defect.advance(START.plusMonths(3));
        assertEquals(DefectStatus.FIXED, defect.getStatus());
        assertFalse(defect.isOverdue(START.plusMonths(4)));
        assertEquals("renovation.defect.verifiedBeforeFixed", key(() -> defect.advance(START.plusMonths(2))));
        assertEquals(DefectStatus.FIXED, defect.getStatus());
        defect.advance(START.plusMonths(3).plusDays(2));
        assertEquals(DefectStatus.VERIFIED, defect.getStatus());
        assertEquals(START.plusMonths(3).plusDays(2), defect.getVerifiedOn());
        assertEquals("renovation.defect.alreadyVerified", key(() -> defect.advance(START.plusMonths(4))));
    }

    @Test
    void acceptedOrClosedWorksShowNoLateTasks() {
        Works works = works();
        WorksTask lateDone = new WorksTask(works, null, "Demolition", START, START.plusDays(9));
        lateDone.record(100, START, START.plusDays(12));
        WorksTask neverDone = new WorksTask(works, null, "Finishing", START, START.plusDays(9));
        LocalDate today = START.plusMonths(6);
        assertTrue(works.isTaskLate(lateDone, today), "done three days after its planned end");
        assertTrue(works.isTaskLate(neverDone, today));
        works.setActualStart(START);
        works.setActualEnd(START.plusMonths(2).plusDays(5));
        assertTrue(works.isLate(today));
        works.accept(START.plusMonths(2).plusDays(6), "A, B", AcceptanceResult.ACCEPTED, null, 36);
        assertFalse(works.isTaskLate(lateDone, today), "accepted works: nothing of them is late any more");
        assertFalse(works.isTaskLate(neverDone, today));
        assertFalse(works.isLate(today));
        works.close(0);
        assertFalse(works.isTaskLate(neverDone, today), "closed works");
        assertFalse(works.isLate(today));
    }
}

package lv.ludza.openup.renovation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJBAccessException;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.documents.Document;
import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.documents.DocumentService;
import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.it.SqlStatements;
import lv.ludza.openup.procurement.Contract;
import lv.ludza.openup.procurement.ContractService;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.InvoiceService;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.procurement.SupplierService;
import lv.ludza.openup.project.BudgetService;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.security.AccessRefused;
import lv.ludza.openup.security.Keepers;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RuleViolation;

/** Renovation works on the real database: scheduling rules, money of the works, acceptance, defects, roles. */
@ExtendWith(ArquillianExtension.class)
class RenovationIT {

    private AsUser as;
    private WorksService works;
    private Project openUp;
    private Partner ludza;
    private Partner rokiskis;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        works = Services.lookup(WorksService.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        long id = as.call("auditor", () -> projects.findDefault().orElseThrow()).getId();
        openUp = as.call("auditor", () -> projects.findWithPartners(id).orElseThrow());
        ludza = partner("Ludza");
        rokiskis = partner("Rokiškis");
    }

    private Partner partner(String shortName) {
        return openUp.getPartners().stream().filter(p -> p.getShortName().equals(shortName)).findFirst().orElseThrow();
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2019, month, day);
    }

    private Works newWorks(String user, Partner partner) throws Exception {
        Works draft = new Works(partner, "IT works " + System.nanoTime(), d(3, 1), d(6, 30));
        draft.setBuilding("Library");
        return as.call(user, () -> works.save(draft));
    }

    private WorksTask task(String user, Works of, Long parent, String name, LocalDate start, LocalDate end,
            Long... predecessors) throws Exception {
        WorksTask task = new WorksTask(null, null, name, start, end);
        return as.call(user, () -> works.saveTask(of.getId(), task, parent, Set.of(predecessors))).task();
    }

    private static String key(Executable call) {
        return assertThrows(RuleViolation.class, call::run).getKey();
    }

    interface Executable {
        void run() throws Exception;
    }

    @Test
    void theCoordinatorPlansDependentTasksAndSeesTheCriticalPath() throws Exception {
        Works w = newWorks("coordinator", rokiskis);
        WorksTask phase = task("coordinator", w, null, "Preparation", d(3, 1), d(3, 20));
        WorksTask design = task("coordinator", w, phase.getId(), "Design", d(3, 1), d(3, 10));
        WorksTask demolition = task("coordinator", w, phase.getId(), "Demolition", d(3, 11), d(3, 20), design.getId());
        WorksTask electrical = task("coordinator", w, null, "Electrical", d(3, 21), d(3, 31), demolition.getId());
        WorksTask furniture = task("coordinator", w, null, "Furniture", d(3, 25), d(3, 28), design.getId());

        WorksPlan plan = as.call("auditor", () -> works.plan(w.getId()));
        assertEquals(5, plan.tasks().size());
        assertTrue(plan.isPhase(phase.getId()));
        assertFalse(plan.isCritical(phase.getId()), "phases are not scheduled themselves");
        assertEquals(List.of(design.getId(), demolition.getId(), electrical.getId()), plan.schedule().criticalPath());
        assertEquals(3, plan.schedule().timing(furniture.getId()).totalFloat());
        assertEquals(d(3, 31), plan.schedule().finish());

        // a loop: design after electrical closes design → demolition → electrical → design; nothing is saved
        WorksTask designAgain = plan.task(design.getId());
        RuleViolation loop = assertThrows(RuleViolation.class, () -> as.call("coordinator",
                () -> works.saveTask(w.getId(), designAgain, phase.getId(), Set.of(electrical.getId()))));
        assertEquals("renovation.dependency.loop", loop.getKey());
        assertEquals("Design → Demolition → Electrical → Design", loop.getArguments()[0]);
        assertTrue(as.call("auditor", () -> works.plan(w.getId())).predecessorsOf(design.getId()).isEmpty());
        assertEquals("renovation.dependency.self", key(() -> as.call("coordinator",
                () -> works.saveTask(w.getId(), designAgain, phase.getId(), Set.of(design.getId())))));
        // dependencies join tasks, not phases
        RuleViolation onPhase = assertThrows(RuleViolation.class, () -> as.call("coordinator",
                () -> works.saveTask(w.getId(), plan.task(electrical.getId()), null, Set.of(phase.getId()))));
        assertEquals("renovation.dependency.phase", onPhase.getKey());
        assertEquals("predecessors", onPhase.getField());
        assertEquals("renovation.task.tooDeep", key(() -> as.call("coordinator",
                () -> works.saveTask(w.getId(), new WorksTask(null, null, "Sub", d(3, 1), d(3, 2)), design.getId(),
                        Set.of()))));

        // bad input: ends before it starts, progress above 100 %
        assertEquals("renovation.endBeforeStart", key(() -> task("coordinator", w, null, "Backwards", d(4, 2),
                d(4, 1))));
        WorksTask tooMuch = plan.task(furniture.getId());
        tooMuch.setProgress(101);
        assertEquals("renovation.progress.range", key(() -> as.call("coordinator",
                () -> works.saveTask(w.getId(), tooMuch, null, Set.of(design.getId())))));
        assertEquals(5, as.call("auditor", () -> works.plan(w.getId())).tasks().size(), "nothing half-saved");

        // moving demolition to end later breaks electrical's dependency on it: saved, and reported
        assertEquals(1, as.call("coordinator",
                () -> works.brokenIfMoved(w.getId(), demolition.getId(), d(3, 11), d(3, 25))).size());
        WorksTask moved = plan.task(demolition.getId());
        moved.setPlannedEnd(d(3, 25));
        TaskSaved saved = as.call("coordinator",
                () -> works.saveTask(w.getId(), moved, phase.getId(), Set.of(design.getId())));
        assertEquals(1, saved.broken().size());
        assertEquals("Demolition", saved.broken().get(0).predecessor());
        assertEquals("Electrical", saved.broken().get(0).task());
        assertEquals(d(4, 5), as.call("auditor", () -> works.plan(w.getId())).schedule().finish(),
                "electrical is pushed to 26 March in the forward pass");

        // a stale copy is refused
        assertThrows(ConcurrentChangeException.class, () -> as.call("coordinator",
                () -> works.saveTask(w.getId(), moved, phase.getId(), Set.of(design.getId()))));

        // progress: 100 % with an end is done; a task with tasks below cannot be deleted
        WorksTask done = as.call("auditor", () -> works.plan(w.getId())).task(design.getId());
        done.record(100, d(3, 1), d(3, 12));
        WorksTask late = as.call("coordinator",
                () -> works.saveTask(w.getId(), done, phase.getId(), Set.of())).task();
        assertEquals(TaskStatus.DONE, late.getStatus());
        assertTrue(late.isLate(d(12, 31)), "done two days after its planned end");
        assertEquals("renovation.task.hasChildren",
                key(() -> as.run("coordinator", () -> works.deleteTask(phase.getId(), phase.getVersion()))));
        as.run("coordinator", () -> works.deleteTask(furniture.getId(), furniture.getVersion()));
        assertEquals(4, as.call("auditor", () -> works.plan(w.getId())).tasks().size());
    }

    @Test
    void thePlanIsReadWithTheSameNumberOfStatementsWhateverTheNumberOfTasks() throws Exception {
        SqlStatements statements = Services.lookup(SqlStatements.class);
        Works w = newWorks("coordinator", ludza);
        WorksTask first = task("coordinator", w, null, "T0", d(3, 1), d(3, 2));
        long few = statements.countWhile(() -> as.call("auditor", () -> works.plan(w.getId())));
        Long previous = first.getId();
        for (int i = 1; i <= 8; i++) {
            previous = task("coordinator", w, null, "T" + i, d(3, 1 + 2 * i), d(3, 2 + 2 * i), previous).getId();
        }
        long many = statements.countWhile(() -> as.call("auditor", () -> works.plan(w.getId())));
        assertEquals(few, many);
        assertTrue(many <= 2, "statements: " + many);
        long list = statements.countWhile(() -> as.call("auditor", () -> works.page(new PageRequest(0, 20, null,
                true, Map.of(PageRequest.PROJECT, openUp.getId().toString())))));
        assertEquals(1, list, "one page of works with partner, contractor and contract");
    }

    @Test
    void sortingByTheContractorKeepsTheWorksWithoutOne() throws Exception {
        Works without = newWorks("coordinator", ludza);
        assertNull(without.getSupplier());
        Map<String, String> filters = Map.of("title", without.getTitle());
        for (String sort : List.of("supplier.name", "partner.shortName", "title")) {
            for (boolean ascending : List.of(true, false)) {
                List<Works> page = as.call("auditor", () -> works.page(new PageRequest(0, 20, sort, ascending,
                        filters)));
                assertEquals(List.of(without.getId()), page.stream().map(Works::getId).toList(), sort);
            }
        }
        assertEquals(1, as.call("auditor", () -> works.count(filters)));
        SqlStatements statements = Services.lookup(SqlStatements.class);
        assertEquals(1, statements.countWhile(() -> as.call("auditor", () -> works.page(new PageRequest(0, 20,
                "supplier.name", true, filters)))), "the sort uses the contractor's fetch join");
    }

    /** The smallest file the documents take for a PNG picture (signature and header). */
    private static byte[] png() {
        byte[] png = new byte[33];
        System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R' }, 0, png, 0, 16);
        return png;
    }

    @Test
    void theMoneyOfTheWorksComesFromTheContractAndItsInvoices() throws Exception {
        SupplierService suppliers = Services.lookup(SupplierService.class);
        ContractService contracts = Services.lookup(ContractService.class);
        InvoiceService invoices = Services.lookup(InvoiceService.class);
        Supplier builder = as.call("accountant", () -> suppliers.save(new Supplier("Works Demo " + System.nanoTime(),
                "W" + System.nanoTime() % 1_000_000_000L, Country.LV)));
        Contract signed = new Contract(ludza, builder, "W-" + System.nanoTime() % 100000, "Renovation", d(2, 1));
        signed.setAmounts(Money.eur("10000.00"), Money.eur("2100.00"));
        Contract contract = as.call("accountant", () -> contracts.save(signed, null));
        as.call("accountant", () -> contracts.amend(contract.getId(), contract.getVersion(), d(4, 1), "More rooms",
                Money.eur("11000.00"), Money.eur("2310.00"), null));

        Works draft = new Works(ludza, "Money works " + System.nanoTime(), d(3, 1), d(6, 30));
        draft.setContract(contract);
        Works w = as.call("coordinator", () -> works.save(draft));
        assertEquals(builder, w.getSupplier(), "the contractor is the contract's supplier");

        Invoice first = as.call("accountant", () -> invoices.save(new Invoice(ludza, builder, "WI-1", d(4, 30)),
                List.of(new Invoice.Line("Stage 1", BigDecimal.ONE, Money.eur("4000.00"), Money.eur("840.00"),
                        Money.eur("4840.00"))), contract.getId()));
        as.call("accountant", () -> invoices.save(new Invoice(ludza, builder, "WI-2", d(5, 31)),
                List.of(new Invoice.Line("Stage 2", BigDecimal.ONE, Money.eur("3000.00"), Money.eur("630.00"),
                        Money.eur("3630.00"))), contract.getId()));
        as.call("accountant", () -> invoices.pay(first.getId(), first.getVersion(), d(5, 10), Money.eur("4840.00"),
                "MU 7"));

        WorksMoney money = as.call("auditor", () -> works.money(w.getId()));
        assertEquals(Money.eur("13310.00"), money.contractValue(), "value after the amendment");
        assertEquals(Money.eur("8470.00"), money.invoiced());
        assertEquals(Money.eur("4840.00"), money.paid());
        assertEquals(Money.eur("4840.00"), money.getLeftToInvoice());
        assertEquals(Money.eur("8470.00"), money.getLeftToPay());
        assertEquals(1, money.payments().size());
        assertEquals(2, money.invoices().size());

        // the contract must be the partner's; the budget line the partner's infrastructure and works line
        Works other = new Works(rokiskis, "Other partner " + System.nanoTime(), d(3, 1), d(6, 30));
        other.setContract(contract);
        assertEquals("renovation.contract.otherPartner", key(() -> as.call("coordinator", () -> works.save(other))));
        BudgetService budget = Services.lookup(BudgetService.class);
        Works wrongLine = new Works(ludza, "Wrong line " + System.nanoTime(), d(3, 1), d(6, 30));
        wrongLine.setBudgetLine(as.call("auditor", () -> budget.linesOf(ludza.getId())).get(CostCategory.STAFF));
        assertEquals("renovation.budgetLine.notWorks", key(() -> as.call("coordinator", () -> works.save(wrongLine))));
        wrongLine.setBudgetLine(as.call("auditor", () -> budget.linesOf(ludza.getId()))
                .get(CostCategory.INFRASTRUCTURE_WORKS));
        as.call("coordinator", () -> works.save(wrongLine));
    }

    @Test
    void acceptanceWithDefectsThatAreFixedVerifiedAndThenTheWorksClose() throws Exception {
        Works w = newWorks("staff.lt", rokiskis);
        assertEquals("renovation.acceptance.notFinished", key(() -> as.call("staff.lt", () -> works.accept(w.getId(),
                w.getVersion(), d(7, 1), "Chair; member", AcceptanceResult.ACCEPTED, null, 36))));
        w.setActualStart(d(3, 4));
        w.setActualEnd(d(7, 3));
        Works ended = as.call("staff.lt", () -> works.save(w));
        assertEquals("renovation.acceptance.beforeEnd", key(() -> as.call("staff.lt", () -> works.accept(
                ended.getId(), ended.getVersion(), d(7, 2), "Chair; member", AcceptanceResult.ACCEPTED, null, 36))));
        assertNull(as.call("auditor", () -> works.find(w.getId())).orElseThrow().getAcceptedOn());
        Defect early = new Defect(null, "Too early", null, null);
        assertEquals("renovation.defect.beforeAcceptance",
                key(() -> as.call("staff.lt", () -> works.saveDefect(w.getId(), early))));

        Works accepted = as.call("staff.lt", () -> works.accept(ended.getId(), ended.getVersion(), d(7, 5),
                "Director; engineer; librarian", AcceptanceResult.ACCEPTED_WITH_DEFECTS, "Two defects", 36));
        assertEquals(d(7, 5).plusMonths(36), accepted.getWarrantyEnd());
        Defect socket = as.call("staff.lt",
                () -> works.saveDefect(w.getId(), new Defect(null, "Loose socket", "Room 2", d(7, 20))));
        Defect paint = as.call("staff.lt",
                () -> works.saveDefect(w.getId(), new Defect(null, "Paint stain", "Room 1", d(7, 20))));

        // a photo of the defect: attached by the partner's staff, counted on the defect's row, read by the auditor
        DocumentService documents = Services.lookup(DocumentService.class);
        as.call("staff.lt", () -> documents.attach(DocumentOwner.WORKS_DEFECT, socket.getId(), "socket.png", png(),
                "Loose socket, room 2"));
        assertEquals(Map.of(socket.getId(), 1L), as.call("auditor", () -> works.defectPhotoCounts(w.getId())));
        assertEquals(List.of("socket.png"), as.call("auditor",
                () -> documents.list(DocumentOwner.WORKS_DEFECT, socket.getId())).stream()
                .map(Document::getFileName).toList());
        assertEquals(socket.getId(), as.call("auditor", () -> works.findDefect(socket.getId())).orElseThrow()
                .getId());
        assertThrows(EJBAccessException.class, () -> as.call("staff", () -> documents.attach(
                DocumentOwner.WORKS_DEFECT, paint.getId(), "paint.png", png(), null)));
        assertThrows(EJBAccessException.class, () -> as.call("auditor", () -> documents.attach(
                DocumentOwner.WORKS_DEFECT, paint.getId(), "paint.png", png(), null)));

        RuleViolation open = assertThrows(RuleViolation.class,
                () -> as.call("staff.lt", () -> works.close(accepted.getId(), accepted.getVersion())));
        assertEquals("renovation.close.openDefects", open.getKey());
        assertEquals(2L, open.getArguments()[0]);

        Defect fixed = as.call("staff.lt", () -> works.advanceDefect(socket.getId(), socket.getVersion(), d(7, 15)));
        assertEquals(DefectStatus.FIXED, fixed.getStatus());
        assertThrows(ConcurrentChangeException.class,
                () -> as.call("staff.lt", () -> works.advanceDefect(socket.getId(), socket.getVersion(), d(7, 16))));
        as.call("staff.lt", () -> works.advanceDefect(fixed.getId(), fixed.getVersion(), d(7, 16)));
        Defect paintFixed = as.call("staff.lt", () -> works.advanceDefect(paint.getId(), paint.getVersion(), d(7, 17)));
        assertEquals(1L, assertThrows(RuleViolation.class,
                () -> as.call("staff.lt", () -> works.close(accepted.getId(), accepted.getVersion()))).getArguments()[0]);
        as.call("staff.lt", () -> works.advanceDefect(paintFixed.getId(), paintFixed.getVersion(), d(7, 18)));
        Works closed = as.call("staff.lt", () -> works.close(accepted.getId(), accepted.getVersion()));
        assertEquals(WorksStatus.CLOSED, closed.getStatus());
        assertEquals("renovation.closed", key(() -> as.call("staff.lt", () -> works.save(closed))));

        assertTrue(as.call("auditor", () -> works.warranties(openUp.getId())).stream()
                .anyMatch(x -> x.getId().equals(w.getId()) && x.getWarrantyEnd().equals(d(7, 5).plusMonths(36))));
    }

    @Test
    void staffManageTheirOwnPartnersWorksTheCoordinatorAllAccountantsAndAuditorsRead() throws Exception {
        Works lt = newWorks("staff.lt", rokiskis);
        assertThrows(EJBAccessException.class, () -> newWorks("staff.lt", ludza));
        assertThrows(EJBAccessException.class, () -> newWorks("staff", rokiskis));
        assertThrows(EJBAccessException.class, () -> newWorks("accountant", ludza));
        assertThrows(EJBAccessException.class, () -> newWorks("auditor", ludza));
        assertThrows(EJBAccessException.class, () -> task("staff", lt, null, "Not mine", d(3, 1), d(3, 2)));
        assertThrows(EJBAccessException.class, () -> as.call("accountant", () -> works.accept(lt.getId(),
                lt.getVersion(), d(7, 1), "x", AcceptanceResult.ACCEPTED, null, 36)));
        task("coordinator", lt, null, "Coordinator's", d(3, 1), d(3, 2));
        assertEquals(1, as.call("accountant", () -> works.plan(lt.getId())).tasks().size());
        assertTrue(as.call("auditor", () -> works.find(lt.getId())).isPresent());
        Keepers keepers = Services.lookup(Keepers.class);
        assertTrue(as.call("staff.lt", () -> keepers.records(rokiskis.getId())));
        assertFalse(as.call("staff", () -> keepers.records(rokiskis.getId())));
        assertFalse(as.call("accountant", () -> keepers.records(ludza.getId())));
        // a refusal names the partner whose record it is, not the role
        AccessRefused refused = assertThrows(AccessRefused.class, () -> newWorks("staff", rokiskis));
        assertEquals("error.otherPartner", refused.getKey());
        assertEquals("Rokiškis", refused.getArguments()[0]);
        assertTrue(as.call("accountant", () -> works.count(Map.of("partner", rokiskis.getId().toString()))) >= 1);
    }
}

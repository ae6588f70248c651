package lv.ludza.openup.renovation;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.procurement.Contract;
import lv.ludza.openup.procurement.ContractAmendment;
import lv.ludza.openup.procurement.ContractService;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.InvoiceService;
import lv.ludza.openup.procurement.Payment;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.security.PartnerScope;

/**
 * Renovation works with their tasks, schedule, money, acceptance and defects. Staff manage the works of their own
 * partner, the coordinator (and the administrator) everybody's; accountants and auditors read.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class WorksService {

    /** The contract's invoices read for the money of the works (more are not expected under one works contract). */
    private static final int INVOICES_READ = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private ContractService contracts;

    @EJB
    private InvoiceService invoices;

    private ListQuery<Works> list;

    @PostConstruct
    void init() {
        list = new ListQuery<>(em, Works.class, Set.of("title", "building", "responsible"), Set.of("status"),
                "plannedStart", Set.of("partner", "supplier", "contract"),
                Set.of("partner", "supplier", "contract")).alsoSortedBy("partner.shortName", "supplier.name");
    }

    public long count(Map<String, String> filters) {
        return list.count(filters);
    }

    public List<Works> page(PageRequest request) {
        return list.page(request);
    }

    public Optional<Works> find(@RecordId(Works.class) long id) {
        return em.createNamedQuery("Works.withRelations", Works.class).setParameter("id", id).getResultStream()
                .findFirst();
    }

    /**
     * Saves works; the contract must be the partner's, with the contractor, the budget line the partner's
     * infrastructure and works line.
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Works save(@NotNull @Valid Works works) {
        Partner partner = em.find(Partner.class, works.getPartner().getId());
        requireManage(partner);
        if (!works.isNew()) {
            Works before = em.find(Works.class, works.getId());
            if (before != null) {
                requireManage(before.getPartner());
                if (before.getStatus() == WorksStatus.CLOSED) {
                    throw new RuleViolation("renovation.closed");
                }
            }
        }
        works.setPartner(partner);
        works.setSupplier(works.getSupplier() == null ? null : em.find(Supplier.class, works.getSupplier().getId()));
        works.setContract(works.getContract() == null ? null : em.find(Contract.class, works.getContract().getId()));
        works.setBudgetLine(
                works.getBudgetLine() == null ? null : em.find(BudgetLine.class, works.getBudgetLine().getId()));
        works.checkDates();
        works.checkLinks();
        Works saved = Records.save(em, works);
        return find(saved.getId()).orElseThrow();
    }

    // ---- tasks and schedule

    /** The tasks, their dependencies and the schedule (four statements whatever the number of tasks). */
    public WorksPlan plan(@RecordId(Works.class) long worksId) {
        List<WorksTask> tasks = em.createNamedQuery("WorksTask.ofWorks", WorksTask.class)
                .setParameter("works", worksId).getResultList();
        List<TaskDependency> dependencies = em.createNamedQuery("TaskDependency.ofWorks", TaskDependency.class)
                .setParameter("works", worksId).getResultList();
        Map<Long, List<Long>> predecessors = new HashMap<>();
        for (TaskDependency dependency : dependencies) {
            predecessors.computeIfAbsent(dependency.getTask().getId(), k -> new ArrayList<>())
                    .add(dependency.getPredecessor().getId());
        }
        predecessors.values().forEach(ids -> ids.sort(Comparator.naturalOrder()));
        Set<Long> phases = new HashSet<>();
        tasks.stream().filter(t -> t.getParent() != null).forEach(t -> phases.add(t.getParent().getId()));
        List<Schedule.Item> items = tasks.stream().filter(t -> !phases.contains(t.getId()))
                .map(t -> item(t, predecessors.getOrDefault(t.getId(), List.of()))).toList();
        return new WorksPlan(tasks, predecessors, phases, Schedule.of(items));
    }

    private static Schedule.Item item(WorksTask task, List<Long> predecessors) {
        return new Schedule.Item(task.getId(), task.getName(), task.getPlannedStart(), task.getPlannedEnd(),
                new HashSet<>(predecessors));
    }

    /**
     * Saves a task of the works with the tasks it waits for (finish-to-start). Dependencies join tasks, not
     * phases; a loop is refused with its chain of names. Dates that break a dependency are saved and reported.
     *
     * @param parentId       the phase it belongs to, or null
     * @param predecessorIds the tasks it waits for
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public TaskSaved saveTask(@RecordId(Works.class) long worksId, @NotNull @Valid WorksTask task, @RecordId(WorksTask.class) Long parentId, @RecordId(WorksTask.class) Set<Long> predecessorIds) {
        Works works = em.find(Works.class, worksId);
        if (works == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        requireManage(works.getPartner());
        if (works.getStatus() == WorksStatus.CLOSED) {
            throw new RuleViolation("renovation.closed");
        }
        WorksPlan plan = plan(worksId);
        if (!task.isNew() && plan.tasks().stream().noneMatch(t -> t.getId().equals(task.getId()))) {
            throw new RuleViolation("error.recordDeleted");
        }
        task.setWorks(works);
        WorksTask parent = null;
        if (parentId != null) {
            parent = plan.tasks().stream().filter(t -> t.getId().equals(parentId)).findFirst()
                    .orElseThrow(() -> RuleViolation.onField("taskParent", "renovation.task.tooDeep"));
            if (parent.getParent() != null || parentId.equals(task.getId())
                    || !task.isNew() && plan.isPhase(task.getId())) {
                throw RuleViolation.onField("taskParent", "renovation.task.tooDeep");
            }
            if (!plan.predecessorsOf(parentId).isEmpty()
                    || plan.predecessors().values().stream().anyMatch(ids -> ids.contains(parentId))) {
                throw RuleViolation.onField("taskParent", "renovation.dependency.phase", parent.getName());
            }
        }
        task.setParent(parent);
        // 100 % with an actual end is done; an actual start moves a planned task into progress
        task.record(task.getProgress(), task.getActualStart(), task.getActualEnd());
        Set<Long> wanted = new LinkedHashSet<>(predecessorIds == null ? Set.of() : predecessorIds);
        if (!wanted.isEmpty() && !task.isNew() && plan.isPhase(task.getId())) {
            throw RuleViolation.onField("predecessors", "renovation.dependency.phase", task.getName());
        }
        for (Long predecessorId : wanted) {
            WorksTask predecessor = plan.tasks().stream().filter(t -> t.getId().equals(predecessorId)).findFirst()
                    .orElseThrow(() -> RuleViolation.onField("predecessors", "error.recordDeleted"));
            if (plan.isPhase(predecessorId) || predecessorId.equals(parentId)) {
                throw RuleViolation.onField("predecessors", "renovation.dependency.phase", predecessor.getName());
            }
        }
        if (!task.isNew()) {
            // the schedule without this task's own dependencies: a new one that reaches back to it closes a loop
            List<Schedule.Item> others = plan.tasks().stream().filter(t -> !plan.isPhase(t.getId()))
                    .map(t -> item(t, t.getId().equals(task.getId()) ? List.of() : plan.predecessorsOf(t.getId())))
                    .toList();
            for (Long predecessorId : wanted) {
                Schedule.requireNoLoop(others, task.getId(), predecessorId);
            }
        }
        WorksTask saved = Records.save(em, task);
        List<TaskDependency> existing = em.createNamedQuery("TaskDependency.ofTask", TaskDependency.class)
                .setParameter("task", saved.getId()).getResultList();
        Set<Long> kept = new HashSet<>();
        for (TaskDependency dependency : existing) {
            if (dependency.getTask().getId().equals(saved.getId())) {
                if (wanted.contains(dependency.getPredecessor().getId())) {
                    kept.add(dependency.getPredecessor().getId());
                } else {
                    em.remove(dependency);
                }
            }
        }
        for (Long predecessorId : wanted) {
            if (!kept.contains(predecessorId)) {
                em.persist(new TaskDependency(saved, em.find(WorksTask.class, predecessorId)));
            }
        }
        em.flush();
        WorksPlan after = plan(worksId);
        List<Schedule.Broken> broken = after.isPhase(saved.getId()) ? List.of()
                : after.schedule().broken().stream()
                        .filter(b -> b.taskId() == saved.getId() || b.predecessorId() == saved.getId()).toList();
        return new TaskSaved(saved, broken);
    }

    /**
     * The dependencies that moving a task to these dates would break, to warn before saving; nothing is changed.
     */
    public List<Schedule.Broken> brokenIfMoved(@RecordId(Works.class) long worksId, @RecordId(WorksTask.class) long taskId, LocalDate start, LocalDate end) {
        WorksPlan plan = plan(worksId);
        if (plan.isPhase(taskId) || start == null || end == null || end.isBefore(start)) {
            return List.of();
        }
        return plan.schedule().brokenIfMoved(taskId, start, end);
    }

    /** Deletes a task (and its dependencies both ways); a phase with tasks is refused. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public void deleteTask(@RecordId(WorksTask.class) long taskId, long version) {
        WorksTask task = Records.current(em, WorksTask.class, taskId, version);
        requireManage(task.getWorks().getPartner());
        if (task.getWorks().getStatus() == WorksStatus.CLOSED) {
            throw new RuleViolation("renovation.closed");
        }
        long children = em.createNamedQuery("WorksTask.countChildren", Long.class).setParameter("task", taskId)
                .getSingleResult();
        if (children > 0) {
            throw new RuleViolation("renovation.task.hasChildren", children);
        }
        em.createNamedQuery("TaskDependency.ofTask", TaskDependency.class).setParameter("task", taskId)
                .getResultList().forEach(em::remove);
        em.remove(task);
        em.flush();
    }

    // ---- money of the works

    /** Contract value (after its amendments), invoiced and paid under the works' contract. */
    public WorksMoney money(@RecordId(Works.class) long worksId) {
        Works works = find(worksId).orElse(null);
        if (works == null || works.getContract() == null) {
            return WorksMoney.NONE;
        }
        Contract contract = works.getContract();
        List<ContractAmendment> amendments = contracts.amendmentsOf(contract.getId());
        Money value = amendments.isEmpty() ? contract.getGross() : amendments.get(amendments.size() - 1).getGross();
        List<Invoice> under = invoices.page(new PageRequest(0, INVOICES_READ, "number", true,
                Map.of("contract", contract.getId().toString())));
        Money invoiced = under.stream().map(Invoice::getGross).reduce(Money.ZERO, Money::plus);
        Money paid = under.stream().map(Invoice::getPaid).reduce(Money.ZERO, Money::plus);
        List<Payment> payments = under.stream().flatMap(i -> i.getPayments().stream())
                .sorted(Comparator.comparing(Payment::getPaidOn)).toList();
        return new WorksMoney(value, invoiced, paid, under, payments);
    }

    // ---- acceptance, defects, closing

    /** Records the acceptance act of works as shown. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Works accept(@RecordId(Works.class) long worksId, long version, LocalDate on, String commission, AcceptanceResult result,
            String remarks, int warrantyMonths) {
        Works works = Records.current(em, Works.class, worksId, version);
        requireManage(works.getPartner());
        works.accept(on, commission, result, remarks, warrantyMonths);
        em.flush();
        return find(worksId).orElseThrow();
    }

    public List<Defect> defectsOf(@RecordId(Works.class) long worksId) {
        return em.createNamedQuery("Defect.ofWorks", Defect.class).setParameter("works", worksId).getResultList();
    }

    /** One defect with its works and the works' partner (one statement), for the defect page. */
    public Optional<Defect> findDefect(@RecordId(Defect.class) long defectId) {
        return em.createQuery("SELECT d FROM Defect d JOIN FETCH d.works w JOIN FETCH w.partner WHERE d.id = :id",
                Defect.class).setParameter("id", defectId).getResultStream().findFirst();
    }

    /** How many documents (photos) each defect of the works has, by defect id; defects without any are absent. */
    public Map<Long, Long> defectPhotoCounts(@RecordId(Works.class) long worksId) {
        return em.createQuery("SELECT doc.ownerId, COUNT(doc) FROM Document doc WHERE doc.owner = :owner"
                + " AND doc.ownerId IN (SELECT d.id FROM Defect d WHERE d.works.id = :works) GROUP BY doc.ownerId",
                Object[].class).setParameter("owner", DocumentOwner.WORKS_DEFECT).setParameter("works", worksId)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** Records a defect of accepted works (found by the acceptance commission or under warranty). */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Defect saveDefect(@RecordId(Works.class) long worksId, @NotNull @Valid Defect defect) {
        Works works = em.find(Works.class, worksId);
        if (works == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        requireManage(works.getPartner());
        if (works.getAcceptedOn() == null) {
            throw RuleViolation.onField("defectDescription", "renovation.defect.beforeAcceptance");
        }
        if (works.getStatus() == WorksStatus.CLOSED) {
            throw new RuleViolation("renovation.closed");
        }
        defect.setWorks(works);
        return Records.save(em, defect);
    }

    /** Moves a defect one step: open → fixed → verified. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Defect advanceDefect(@RecordId(Defect.class) long defectId, long version, LocalDate on) {
        Defect defect = Records.current(em, Defect.class, defectId, version);
        requireManage(defect.getWorks().getPartner());
        defect.advance(on);
        em.flush();
        return defect;
    }

    /** Closes accepted works whose defects are all verified. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE })
    public Works close(@RecordId(Works.class) long worksId, long version) {
        Works works = Records.current(em, Works.class, worksId, version);
        requireManage(works.getPartner());
        long unverified = em.createNamedQuery("Defect.countUnverified", Long.class).setParameter("works", worksId)
                .getSingleResult();
        works.close(unverified);
        em.flush();
        return find(worksId).orElseThrow();
    }

    /** Accepted works of a project with their warranty end, for the dashboard (one statement). */
    public List<Works> warranties(@RecordId(Project.class) long projectId) {
        return em.createNamedQuery("Works.accepted", Works.class).setParameter("project", projectId).getResultList()
                .stream().filter(Works::isAccepted).toList();
    }

    // ---- who may change

    private boolean mayManage(Partner partner) {
        return PartnerScope.mayKeepRecordsOf(em, context, partner);
    }

    private void requireManage(Partner partner) {
        PartnerScope.requireRecordsOf(em, context, partner);
    }
}

package lv.ludza.openup.renovation;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.procurement.Choices;
import lv.ludza.openup.procurement.Contract;
import lv.ludza.openup.procurement.ContractService;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.BudgetService;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.security.CurrentUser;
import lv.ludza.openup.security.Rights;
import lv.ludza.openup.security.Role;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Formats;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.ProjectTime;
import lv.ludza.openup.shared.Texts;

/**
 * One renovation works: its form, its tasks with the schedule chart and the critical path, the money of its
 * contract, the acceptance act and the defects.
 */
@Named
@ViewScoped
public class WorksView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CONTRACTS_SHOWN = 200;

    @Inject
    private WorksService service;

    @Inject
    private Rights rights;

    @Inject
    private ContractService contracts;

    @Inject
    private BudgetService budgets;

    @Inject
    private Choices choices;

    @Inject
    private HistoryService history;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Formats fmt;

    private Long id;
    private Works works;
    private Long partnerId;
    private Long supplierId;
    private Long contractId;
    private Long budgetLineId;
    private List<Contract> contractChoices = List.of();
    private List<BudgetLine> budgetLineChoices = List.of();
    private List<HistoryEntry> entries = List.of();

    private List<WorksTask> tasks = List.of();
    private List<GanttRow> rows = List.of();
    private List<String[]> months = List.of();
    private String todayStyle;
    private LocalDate finish;
    private String criticalPath;
    private List<String> brokenNow = List.of();
    private WorksMoney money = WorksMoney.NONE;

    private WorksTask task;
    private Long taskParentId;
    private List<Long> taskPredecessorIds = new ArrayList<>();
    private List<String> moveWarnings = List.of();

    private LocalDate acceptedOn;
    private String commission;
    private AcceptanceResult result;
    private String remarks;
    private int warrantyMonths = Works.DEFAULT_WARRANTY_MONTHS;

    private List<Defect> defects = List.of();
    private Map<Long, Long> defectPhotos = Map.of();
    private Defect defect = new Defect();
    /** The date typed in each defect's row for its next step (today unless the user typed another). */
    private java.util.Map<Long, LocalDate> stepOn = new java.util.HashMap<>();

    /** f:viewAction: the works named in the URL, or new works. */
    public void load() throws IOException {
        if (id == null) {
            works = new Works();
            return;
        }
        works = service.find(id).orElse(null);
        if (works == null) {
            Navigation.notFound();
            return;
        }
        fill();
    }

    private void fill() {
        partnerId = works.getPartner().getId();
        supplierId = works.getSupplier() == null ? null : works.getSupplier().getId();
        contractId = works.getContract() == null ? null : works.getContract().getId();
        budgetLineId = works.getBudgetLine() == null ? null : works.getBudgetLine().getId();
        partnerChanged();
        entries = history.historyOf(Works.class, works.getId());
        acceptedOn = works.getAcceptedOn();
        commission = works.getCommission();
        result = works.getResult();
        remarks = works.getRemarks();
        warrantyMonths = works.getWarrantyMonths();
        refreshPlan();
        money = service.money(works.getId());
        defects = service.defectsOf(works.getId());
        stepOnToday();
        defectPhotos = service.defectPhotoCounts(works.getId());
        if (task == null) {
            newTask();
        }
    }

    static LocalDate today() {
        return LocalDate.now(ProjectTime.ZONE);
    }

    /** The partner's contracts and its infrastructure and works budget line to choose from. */
    public void partnerChanged() {
        if (partnerId == null) {
            contractChoices = List.of();
            budgetLineChoices = List.of();
            return;
        }
        contractChoices = contracts.page(new PageRequest(0, CONTRACTS_SHOWN, "number", true,
                Map.of("partner", partnerId.toString())));
        BudgetLine line = budgets.linesOf(partnerId).get(CostCategory.INFRASTRUCTURE_WORKS);
        budgetLineChoices = line == null ? List.of() : List.of(line);
        if (works.isNew() && line != null) {
            budgetLineId = line.getId();
        }
    }

    // ---- the works

    /** Saves; new works then open at their own address (?id=), so a reload shows them. */
    public String save() {
        boolean isNew = works.isNew();
        works.setPartner(partnerId == null ? null : choices.partner(partnerId));
        works.setSupplier(supplierId == null ? null : choices.supplier(supplierId));
        works.setContract(contractChoices.stream().filter(c -> c.getId().equals(contractId)).findFirst().orElse(null));
        works.setBudgetLine(
                budgetLineChoices.stream().filter(b -> b.getId().equals(budgetLineId)).findFirst().orElse(null));
        Works[] saved = new Works[1];
        if (Feedback.validate(works) && Feedback.attempt(() -> saved[0] = service.save(works))) {
            Feedback.info(isNew ? "renovation.created" : "renovation.saved", saved[0].getTitle());
            if (isNew) {
                return lv.ludza.openup.shared.Navigation.opened("/renovation/work", saved[0].getId());
            }
            works = saved[0];
            id = works.getId();
            fill();
        }
        return null;
    }

    /** Whether the user may change these works (staff: their partner's; the coordinator all). */
    public boolean isEditable() {
        if (works == null || works.getStatus() == WorksStatus.CLOSED) {
            return false;
        }
        return rights.records(works.isNew() ? null : works.getPartner());
    }

    // ---- tasks and schedule

    private void refreshPlan() {
        WorksPlan plan = service.plan(works.getId());
        tasks = plan.tasks();
        Map<Long, String> names = tasks.stream().collect(Collectors.toMap(WorksTask::getId, WorksTask::getName));
        LocalDate today = today();
        LocalDate first = min(plan.firstDay(), works.getPlannedStart());
        LocalDate last = max(plan.lastDay(), works.getPlannedEnd());
        finish = plan.schedule().finish();
        List<Schedule.Broken> broken = plan.schedule().broken();
        brokenNow = broken.stream().map(b -> Texts.get("renovation.dependency.broken", b.predecessor(), b.task()))
                .toList();
        criticalPath = plan.schedule().criticalPath().stream().map(names::get).collect(Collectors.joining(" → "));
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        List<GanttRow> built = new ArrayList<>();
        // phases first, each followed by its tasks; tasks without a phase after
        List<WorksTask> ordered = new ArrayList<>();
        for (WorksTask t : tasks) {
            if (t.getParent() == null) {
                ordered.add(t);
                tasks.stream().filter(c -> c.getParent() != null && c.getParent().getId().equals(t.getId()))
                        .forEach(ordered::add);
            }
        }
        for (WorksTask t : ordered) {
            boolean phase = plan.isPhase(t.getId());
            LocalDate ps = t.getPlannedStart();
            LocalDate pe = t.getPlannedEnd();
            if (phase) { // a phase spans its tasks
                List<WorksTask> children = tasks.stream()
                        .filter(c -> c.getParent() != null && c.getParent().getId().equals(t.getId())).toList();
                ps = children.stream().map(WorksTask::getPlannedStart).min(LocalDate::compareTo).orElse(ps);
                pe = children.stream().map(WorksTask::getPlannedEnd).max(LocalDate::compareTo).orElse(pe);
            }
            String actualStyle = null;
            if (t.getActualStart() != null) {
                LocalDate ae = t.getActualEnd() != null ? t.getActualEnd() : (today.isBefore(last) ? today : last);
                if (!ae.isBefore(t.getActualStart())) {
                    actualStyle = style(first, span, t.getActualStart(), ae);
                }
            }
            String after = plan.predecessorsOf(t.getId()).stream().map(names::get).collect(Collectors.joining(", "));
            String brokenText = broken.stream().filter(b -> b.taskId() == t.getId())
                    .map(Schedule.Broken::predecessor).collect(Collectors.joining(", "));
            built.add(new GanttRow(t.getId(), t.getName(), phase, t.getParent() != null, plan.isCritical(t.getId()),
                    !phase && works.isTaskLate(t, today), t.getStatus() == TaskStatus.DONE, t.getProgress(), t.getStatus().name(),
                    ps, pe, t.getActualStart(), t.getActualEnd(), style(first, span, ps, pe), actualStyle, after,
                    phase ? 0 : plan.schedule().timing(t.getId()).totalFloat(), brokenText));
        }
        rows = built;
        todayStyle = today.isBefore(first) || today.isAfter(last) ? null
                : "left:" + percent(ChronoUnit.DAYS.between(first, today) + 0.5, span) + "%";
        List<String[]> marks = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first); !m.atDay(1).isAfter(last); m = m.plusMonths(1)) {
            LocalDate from = m.atDay(1).isBefore(first) ? first : m.atDay(1);
            marks.add(new String[] { String.format("%02d.%d", m.getMonthValue(), m.getYear()),
                    "left:" + percent(ChronoUnit.DAYS.between(first, from), span) + "%" });
        }
        months = marks;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String style(LocalDate first, long span, LocalDate from, LocalDate to) {
        long offset = ChronoUnit.DAYS.between(first, from);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return "left:" + percent(offset, span) + "%;width:" + percent(days, span) + "%";
    }

    private static String percent(double part, long whole) {
        return BigDecimal.valueOf(part * 100.0 / whole).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    public void newTask() {
        task = new WorksTask();
        if (works != null && !works.isNew()) {
            task.setPlannedStart(finish == null ? works.getPlannedStart() : finish.plusDays(1));
            task.setPlannedEnd(task.getPlannedStart());
        }
        taskParentId = null;
        taskPredecessorIds = new ArrayList<>();
        moveWarnings = List.of();
    }

    public void editTask(long taskId) {
        task = service.plan(works.getId()).tasks().stream().filter(t -> t.getId() == taskId).findFirst()
                .orElse(null);
        if (task == null) {
            newTask();
            return;
        }
        WorksPlan plan = service.plan(works.getId());
        taskParentId = task.getParent() == null ? null : task.getParent().getId();
        taskPredecessorIds = new ArrayList<>(plan.predecessorsOf(taskId));
        moveWarnings = List.of();
    }

    /** On a change of the planned dates of a saved task: the dependencies the move would break. */
    public void taskDatesChanged() {
        if (task == null || task.isNew()) {
            moveWarnings = List.of();
            return;
        }
        moveWarnings = service.brokenIfMoved(works.getId(), task.getId(), task.getPlannedStart(), task.getPlannedEnd())
                .stream().map(b -> Texts.get("renovation.dependency.broken", b.predecessor(), b.task())).toList();
    }

    public void saveTask() {
        boolean ok = true;
        if (task.getName() == null) {
            Feedback.fieldError("taskName", "renovation.task.name.required");
            ok = false;
        }
        if (task.getPlannedStart() == null) {
            Feedback.fieldError("taskPlannedStart", "renovation.plannedStart.required");
            ok = false;
        }
        if (task.getPlannedEnd() == null) {
            Feedback.fieldError("taskPlannedEnd", "renovation.plannedEnd.required");
            ok = false;
        }
        if (!ok) {
            return;
        }
        boolean isNew = task.isNew();
        TaskSaved[] saved = new TaskSaved[1];
        if (Feedback.attempt(() -> saved[0] = service.saveTask(works.getId(), task, taskParentId,
                new HashSet<>(taskPredecessorIds)))) {
            String name = saved[0].task().getName();
            refreshPlan();
            Feedback.info(isNew ? "renovation.task.created" : "renovation.task.saved", name);
            for (Schedule.Broken b : saved[0].broken()) {
                warn("renovation.dependency.broken", b.predecessor(), b.task());
            }
            newTask();
        }
    }

    public void deleteTask(long taskId, long version) {
        if (Feedback.attempt(() -> service.deleteTask(taskId, version))) {
            refreshPlan();
            newTask();
            Feedback.info("renovation.task.deleted");
        }
    }

    private static void warn(String key, Object... arguments) {
        String text = Texts.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }

    /** Tasks that may be a phase of the task being edited: tasks without a phase, other than itself. */
    public List<WorksTask> getPhaseChoices() {
        return tasks.stream().filter(t -> t.getParent() == null && (task == null || !t.equals(task))).toList();
    }

    /** Tasks the task being edited may wait for: all but itself. */
    public List<WorksTask> getPredecessorChoices() {
        return tasks.stream().filter(t -> task == null || !t.equals(task)).toList();
    }

    // ---- acceptance, defects, closing

    public void accept() {
        Works[] accepted = new Works[1];
        if (Feedback.attempt(() -> accepted[0] = service.accept(works.getId(), works.getVersion(), acceptedOn,
                commission, result, remarks, warrantyMonths))) {
            works = accepted[0];
            fill();
            Feedback.info("renovation.accepted", fmt.date(works.getWarrantyEnd()));
        }
    }

    public void addDefect() {
        if (defect.getDescription() == null) {
            Feedback.fieldError("defectDescription", "renovation.defect.description.required");
            return;
        }
        if (Feedback.attempt(() -> service.saveDefect(works.getId(), defect))) {
            Feedback.info("renovation.defect.created", defect.getDescription());
            defect = new Defect();
            defects = service.defectsOf(works.getId());
            defectPhotos = service.defectPhotoCounts(works.getId());
        }
    }

    /** Moves a defect one step on the date typed in its row (the message shows beside that date when refused). */
    public void advanceDefect(long defectId, long version) {
        String dateField = jakarta.faces.component.UIComponent.getCurrentComponent(
                jakarta.faces.context.FacesContext.getCurrentInstance()).getClientId().replaceAll("advance$", "defectOn");
        LocalDate on = stepOn.get(defectId);
        if (on == null) {
            Feedback.errorAt(dateField, "common.dateRequired");
            return;
        }
        Defect[] moved = new Defect[1];
        try {
            moved[0] = service.advanceDefect(defectId, version, on);
        } catch (lv.ludza.openup.shared.RuleViolation refused) {
            Feedback.errorAt(refused.getField() == null ? null : dateField, refused.getKey(), refused.getArguments());
            return;
        } catch (jakarta.ejb.EJBAccessException denied) {
            Feedback.errorAt(null, "error.denied.text");
            return;
        }
        defects = service.defectsOf(works.getId());
        stepOn.remove(defectId);
        stepOnToday();
        defectPhotos = service.defectPhotoCounts(works.getId());
        Feedback.info("renovation.defect.moved", moved[0].getDescription(),
                Texts.get("renovation.defectStatus." + moved[0].getStatus()));
    }

    private void stepOnToday() {
        defects.forEach(d -> stepOn.putIfAbsent(d.getId(), today()));
    }

    public void close() {
        Works[] closed = new Works[1];
        if (Feedback.attempt(() -> closed[0] = service.close(works.getId(), works.getVersion()))) {
            works = closed[0];
            fill();
            Feedback.info("renovation.closedNow", works.getTitle());
        }
    }

    public long getUnverifiedDefects() {
        return defects.stream().filter(d -> d.getStatus() != DefectStatus.VERIFIED).count();
    }

    // ---- getters and setters

    public AcceptanceResult[] getResults() {
        return AcceptanceResult.values();
    }

    public TaskStatus[] getTaskStatuses() {
        return TaskStatus.values();
    }

    public LocalDate getToday() {
        return today();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Works getWorks() {
        return works;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public void setBudgetLineId(Long budgetLineId) {
        this.budgetLineId = budgetLineId;
    }

    public List<Contract> getContractChoices() {
        return contractChoices;
    }

    public List<BudgetLine> getBudgetLineChoices() {
        return budgetLineChoices;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }

    public List<WorksTask> getTasks() {
        return tasks;
    }

    public List<GanttRow> getRows() {
        return rows;
    }

    public List<String[]> getMonths() {
        return months;
    }

    public String getTodayStyle() {
        return todayStyle;
    }

    public LocalDate getFinish() {
        return finish;
    }

    public String getCriticalPath() {
        return criticalPath;
    }

    public List<String> getBrokenNow() {
        return brokenNow;
    }

    public WorksMoney getMoney() {
        return money;
    }

    public WorksTask getTask() {
        return task;
    }

    public Long getTaskParentId() {
        return taskParentId;
    }

    public void setTaskParentId(Long taskParentId) {
        this.taskParentId = taskParentId;
    }

    public List<Long> getTaskPredecessorIds() {
        return taskPredecessorIds;
    }

    public void setTaskPredecessorIds(List<Long> taskPredecessorIds) {
        this.taskPredecessorIds = taskPredecessorIds == null ? new ArrayList<>() : new ArrayList<>(taskPredecessorIds);
    }

    public List<String> getMoveWarnings() {
        return moveWarnings;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public void setAcceptedOn(LocalDate acceptedOn) {
        this.acceptedOn = acceptedOn;
    }

    public String getCommission() {
        return commission;
    }

    public void setCommission(String commission) {
        this.commission = commission;
    }

    public AcceptanceResult getResult() {
        return result;
    }

    public void setResult(AcceptanceResult result) {
        this.result = result;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public int getWarrantyMonths() {
        return warrantyMonths;
    }

    public void setWarrantyMonths(int warrantyMonths) {
        this.warrantyMonths = warrantyMonths;
    }

    /** How many photos (documents) the defect has. */
    public long photosOf(Defect of) {
        return defectPhotos.getOrDefault(of.getId(), 0L);
    }

    public List<Defect> getDefects() {
        return defects;
    }

    public Defect getDefect() {
        return defect;
    }

    public java.util.Map<Long, LocalDate> getStepOn() {
        return stepOn;
    }
}

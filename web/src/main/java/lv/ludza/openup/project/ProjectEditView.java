package lv.ludza.openup.project;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.shared.DateRange;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.LocalizedText;

/**
 * Editing the project's identity: number, acronym, names, period, status. A save that meets someone else's
 * newer save is refused with a message, and the input stays on the screen.
 */
@Named
@ViewScoped
public class ProjectEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    @Inject
    private HistoryService history;

    private Long id;
    private Project project;
    private String nameLv;
    private String nameLt;
    private String nameEn;
    private LocalDate start;
    private LocalDate end;
    private List<HistoryEntry> entries;

    /** f:viewAction: the project named by the URL, else the default one. */
    public void load() {
        project = (id == null ? projects.findDefault() : projects.findWithPartners(id)).orElse(null);
        if (project == null) {
            return;
        }
        id = project.getId();
        nameLv = project.getName().getLv();
        nameLt = project.getName().getLt();
        nameEn = project.getName().getEn();
        start = project.getPeriod().start();
        end = project.getPeriod().end();
        entries = history.historyOf(Project.class, id);
    }

    public void save() {
        if (end.isBefore(start)) {
            Feedback.fieldError("end", "period.endBeforeStart");
            return;
        }
        project.setName(new LocalizedText(nameLv, nameLt, nameEn));
        project.setPeriod(DateRange.of(start, end));
        Project[] saved = new Project[1];
        if (Feedback.validate(project) && Feedback.attempt(() -> saved[0] = projects.save(project))) {
            project = saved[0];
            entries = history.historyOf(Project.class, id);
            Feedback.info("project.saved");
        }
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Project getProject() {
        return project;
    }

    public String getNameLv() {
        return nameLv;
    }

    public void setNameLv(String nameLv) {
        this.nameLv = nameLv;
    }

    public String getNameLt() {
        return nameLt;
    }

    public void setNameLt(String nameLt) {
        this.nameLt = nameLt;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }
}

package lv.ludza.openup.privacy;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.privacy.PrivacyService.PersonRecord;
import lv.ludza.openup.privacy.PrivacyService.Shredder;
import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.ProjectTime;

/**
 * The personal data page (administrator and coordinator): find a person wherever their data is kept, export it as
 * JSON, anonymise a record; the current project's retention end and its data shredder; the consent text's versions
 * (a new one by the administrator); the log of what was done.
 */
@Named
@ViewScoped
public class PersonalDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PrivacyService privacy;

    @Inject
    private CurrentProject currentProject;

    private String query;
    private List<PersonRecord> found;
    private Project project;
    private LocalDate retentionEnd;
    private Shredder shredder;
    private List<ConsentText> consentVersions;
    private List<PersonalDataAction> actions;
    private String consentLv;
    private String consentLt;
    private String consentEn;
    private LocalDate consentValidFrom;

    @PostConstruct
    void init() {
        project = currentProject.load().orElse(null);
        refresh();
    }

    private void refresh() {
        if (project != null) {
            shredder = privacy.shredder(project.getId());
            retentionEnd = project.getRetentionEnd() == null ? null : shredder.retentionEnd();
        }
        consentVersions = privacy.consentVersions();
        actions = privacy.actions();
    }

    public void search() {
        if (Feedback.attempt(() -> found = privacy.find(query))) {
            actions = privacy.actions();
        } else {
            found = null;
        }
    }

    /** The found records as a JSON file (the answer to a subject access request). */
    public void export() throws IOException {
        String[] json = new String[1];
        if (!Feedback.attempt(() -> json[0] = privacy.export(query))) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/json; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"personal-data-"
                + LocalDate.now(lv.ludza.openup.shared.ProjectTime.ZONE) + ".json\"");
        external.setResponseHeader("Cache-Control", "private, no-store");
        external.setResponseHeader("X-Content-Type-Options", "nosniff");
        external.getResponseOutputStream().write(json[0].getBytes(StandardCharsets.UTF_8));
        faces.responseComplete();
    }

    public void anonymise(PersonRecord person) {
        if (Feedback.attempt(() -> {
            if (person.kind() == PersonKind.TRAVELLER) {
                privacy.anonymiseTraveller(person.id());
            } else {
                privacy.anonymiseParticipant(person.id());
            }
        })) {
            Feedback.info("privacy.anonymised", person.name());
            found = privacy.find(query);
            refresh();
        }
    }

    public void saveRetention() {
        if (project != null && Feedback.attempt(() -> privacy.changeRetentionEnd(project.getId(), retentionEnd))) {
            project = currentProject.load().orElse(null);
            Feedback.info("privacy.retention.saved");
            refresh();
        }
    }

    public void shred() {
        int[] done = new int[1];
        if (project != null && Feedback.attempt(() -> done[0] = privacy.shred(project.getId(),
                shredder.participants()))) {
            Feedback.info("privacy.shredded", done[0]);
        }
        refresh();
    }

    public void newConsent() {
        if (Feedback.attempt(() -> privacy.newConsentVersion(consentLv, consentLt, consentEn, consentValidFrom))) {
            Feedback.info("privacy.consent.saved");
            consentLv = null;
            consentLt = null;
            consentEn = null;
            consentValidFrom = null;
            refresh();
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<PersonRecord> getFound() {
        return found;
    }

    public Project getProject() {
        return project;
    }

    public LocalDate getRetentionEnd() {
        return retentionEnd;
    }

    public void setRetentionEnd(LocalDate retentionEnd) {
        this.retentionEnd = retentionEnd;
    }

    public Shredder getShredder() {
        return shredder;
    }

    public List<ConsentText> getConsentVersions() {
        return consentVersions;
    }

    public List<PersonalDataAction> getActions() {
        return actions;
    }

    public String getConsentLv() {
        return consentLv;
    }

    public void setConsentLv(String consentLv) {
        this.consentLv = consentLv;
    }

    public String getConsentLt() {
        return consentLt;
    }

    public void setConsentLt(String consentLt) {
        this.consentLt = consentLt;
    }

    public String getConsentEn() {
        return consentEn;
    }

    public void setConsentEn(String consentEn) {
        this.consentEn = consentEn;
    }

    public LocalDate getConsentValidFrom() {
        return consentValidFrom;
    }

    public void setConsentValidFrom(LocalDate consentValidFrom) {
        this.consentValidFrom = consentValidFrom;
    }
}

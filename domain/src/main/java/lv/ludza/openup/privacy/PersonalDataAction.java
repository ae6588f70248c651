package lv.ludza.openup.privacy;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * What someone did with personal data: searched, exported, anonymised, shredded a project's
 * participants. Keeps who, when, which record and how many, never the name, e-mail or phone searched for: the log
 * must not keep what an erasure removed.
 */
@Entity
@Table(name = "personal_data_action")
@lv.ludza.openup.shared.SharedByProjects
public class PersonalDataAction implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What was done. */
    public enum PrivacyAction {
        SEARCH, EXPORT, ANONYMISE, SHRED, RETENTION, CONSENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_data_action_seq")
    @SequenceGenerator(name = "personal_data_action_seq", sequenceName = "openup_seq", allocationSize = 50)
    private Long id;

    @Column(name = "done_at", nullable = false, updatable = false)
    private Instant doneAt;

    @Column(name = "done_by", nullable = false, updatable = false, length = 100)
    private String doneBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private PrivacyAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", updatable = false, length = 20)
    private PersonKind recordKind;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Column(nullable = false, updatable = false)
    private int records;

    protected PersonalDataAction() {
        // for JPA
    }

    public PersonalDataAction(String doneBy, PrivacyAction action, PersonKind recordKind, Long recordId, Long projectId,
            int records) {
        this.doneAt = Instant.now();
        this.doneBy = doneBy;
        this.action = action;
        this.recordKind = recordKind;
        this.recordId = recordId;
        this.projectId = projectId;
        this.records = records;
    }

    public Long getId() {
        return id;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public PrivacyAction getAction() {
        return action;
    }

    public PersonKind getRecordKind() {
        return recordKind;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getRecords() {
        return records;
    }
}

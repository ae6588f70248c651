package lv.ludza.openup.renovation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/** A defect the acceptance commission found: open until the contractor fixes it, then verified by the partner. */
@Entity
@Table(name = "works_defect")
@Audited
@NamedQuery(name = "Defect.ofWorks", query = "SELECT d FROM Defect d WHERE d.works.id = :works ORDER BY d.id")
@NamedQuery(name = "Defect.countUnverified", query = "SELECT COUNT(d) FROM Defect d WHERE d.works.id = :works"
        + " AND d.status <> lv.ludza.openup.renovation.DefectStatus.VERIFIED")
@InProject("works.partner.project.id")
public class Defect extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "works_id", nullable = false, updatable = false)
    private Works works;

    @NotBlank(message = "{renovation.defect.description.required}")
    @Size(max = 1000, message = "{renovation.text.size}")
    @Column(nullable = false, length = 1000)
    private String description;

    @Size(max = 100, message = "{renovation.text.size}")
    @Column(length = 100)
    private String room;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DefectStatus status = DefectStatus.OPEN;

    private LocalDate fixedOn;

    private LocalDate verifiedOn;

    public Defect() {
        // a new defect, filled in on the works' screen
    }

    public Defect(Works works, String description, String room, LocalDate deadline) {
        this.works = works;
        this.description = description;
        this.room = room;
        this.deadline = deadline;
    }

    /** One step forward: open → fixed → verified, on the given day. */
    public void advance(LocalDate on) {
        DefectStatus next = status.next();
        if (next == null) {
            throw new RuleViolation("renovation.defect.alreadyVerified");
        }
        if (on == null) {
            throw RuleViolation.onField("defectOn", "renovation.defect.date.required");
        }
        if (next == DefectStatus.FIXED) {
            fixedOn = on;
        } else {
            if (on.isBefore(fixedOn)) {
                throw RuleViolation.onField("defectOn", "renovation.defect.verifiedBeforeFixed");
            }
            verifiedOn = on;
        }
        status = next;
    }

    public boolean isOverdue(LocalDate today) {
        return status == DefectStatus.OPEN && deadline != null && today.isAfter(deadline);
    }

    @Override
    public String label() {
        return description;
    }

    public Works getWorks() {
        return works;
    }

    public void setWorks(Works works) {
        this.works = works;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.trim();
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room == null || room.isBlank() ? null : room.trim();
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public DefectStatus getStatus() {
        return status;
    }

    public LocalDate getFixedOn() {
        return fixedOn;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }
}

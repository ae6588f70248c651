package lv.ludza.openup.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/** How many years after a project's end its assets must be kept in use (the EU durability rule; 5 unless set). */
@Entity
@Table(name = "durability_period")
@InProject("projectId")
public class DurabilityPeriod {

    public static final int DEFAULT_YEARS = 5;

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Column(nullable = false)
    private int years = DEFAULT_YEARS;

    @Version
    private long version;

    protected DurabilityPeriod() {
        // for JPA
    }

    public DurabilityPeriod(long projectId, int years) {
        this.projectId = projectId;
        setYears(years);
    }

    /** @throws RuleViolation {@code inventory.durability.years} outside 1..20 */
    public void setYears(int years) {
        if (years < 1 || years > 20) {
            throw RuleViolation.onField("years", "inventory.durability.years.invalid");
        }
        this.years = years;
    }

    public int getYears() {
        return years;
    }

    public Long getProjectId() {
        return projectId;
    }
}

package lv.ludza.openup.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.DateRange;
import lv.ludza.openup.shared.LocalizedText;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.InProject;

/** An EU-funded project the municipality runs (OPEN UP, LLI-263, is the first). */
@Entity
@Table(name = "project")
@Audited
@NamedQuery(name = "Project.findAll", query = "SELECT p FROM Project p ORDER BY p.code")
@NamedQuery(name = "Project.findByCode", query = "SELECT p FROM Project p WHERE p.code = :code")
@NamedQuery(name = "Project.allWithPartners",
        query = "SELECT DISTINCT p FROM Project p LEFT JOIN FETCH p.partners ORDER BY p.code")
@NamedQuery(name = "Project.withPartners",
        query = "SELECT DISTINCT p FROM Project p LEFT JOIN FETCH p.partners WHERE p.id = :id")
@InProject("id")
public class Project extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{project.code.required}")
    @Size(max = 30, message = "{project.code.size}")
    @Pattern(regexp = "[A-Z0-9-]+", message = "{project.code.pattern}")
    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @NotBlank(message = "{project.acronym.required}")
    @Size(max = 50, message = "{project.acronym.size}")
    @Column(nullable = false, length = 50)
    private String acronym;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lv", column = @Column(name = "name_lv", length = 500)),
            @AttributeOverride(name = "lt", column = @Column(name = "name_lt", length = 500)),
            @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 500)) })
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "lv", column = @Column(name = "programme_lv", length = 500)),
            @AttributeOverride(name = "lt", column = @Column(name = "programme_lt", length = 500)),
            @AttributeOverride(name = "en", column = @Column(name = "programme_en", length = 500)) })
    private LocalizedText programme;

    @NotNull(message = "{project.period.required}")
    @Valid
    @Embedded
    private DateRange period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.PLANNED;

    /** Office and administration costs as a share of staff costs, e.g. 0.1500 for 15 %. */
    @NotNull
    @DecimalMin(value = "0", message = "{project.officeFlatRate.range}")
    @DecimalMax(value = "0.25", message = "{project.officeFlatRate.range}")
    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal officeFlatRate = new BigDecimal("0.1500");

    /** How far a budget line may be exceeded by declared expenditure, e.g. 0.2000 for 20 % of the line. */
    @NotNull
    @DecimalMin(value = "0", message = "{project.budgetFlexibility.range}")
    @DecimalMax(value = "1", message = "{project.budgetFlexibility.range}")
    @Column(name = "budget_flexibility", nullable = false, precision = 5, scale = 4)
    private BigDecimal budgetFlexibility = new BigDecimal("0.2000");

    /**
     * Until when the participants' personal data is kept; none set: the durability end (the project's end and the
     * years its equipment must be kept). After it, the data shredder anonymises them in one confirmed step.
     */
    @Column(name = "retention_end")
    private java.time.LocalDate retentionEnd;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Partner> partners = new ArrayList<>();

    protected Project() {
        // for JPA
    }

    public Project(String code, String acronym, LocalizedText name, LocalizedText programme, DateRange period) {
        this.code = code;
        this.acronym = acronym;
        this.name = name;
        this.programme = programme;
        this.period = period;
    }

    public Partner addPartner(Partner partner) {
        partner.joinProject(this);
        partners.add(partner);
        return partner;
    }

    /** Partners, the lead partner first. */
    /** The retention end as set, or null for the durability end. */
    public java.time.LocalDate getRetentionEnd() {
        return retentionEnd;
    }

    public void setRetentionEnd(java.time.LocalDate retentionEnd) {
        this.retentionEnd = retentionEnd;
    }

    public List<Partner> getPartners() {
        List<Partner> sorted = new ArrayList<>(partners);
        sorted.sort(Comparator.comparing(Partner::getRole).thenComparing(Partner::getShortName));
        return Collections.unmodifiableList(sorted);
    }

    public Partner getLeadPartner() {
        return partners.stream().filter(Partner::isLead).findFirst().orElse(null);
    }

    /** Total eligible cost: the sum of the partners' budgets. */
    public Money getTotalCost() {
        return partners.stream().map(Partner::getBudget).reduce(Money.ZERO, Money::plus);
    }

    /** ERDF co-financing: the sum of each partner's ERDF share (each rounded to the cent). */
    public Money getErdfAmount() {
        return partners.stream().map(Partner::getErdfAmount).reduce(Money.ZERO, Money::plus);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText getProgramme() {
        return programme;
    }

    public void setProgramme(LocalizedText programme) {
        this.programme = programme;
    }

    public DateRange getPeriod() {
        return period;
    }

    public void setPeriod(DateRange period) {
        this.period = period;
    }

    public BigDecimal getOfficeFlatRate() {
        return officeFlatRate;
    }

    public void setOfficeFlatRate(BigDecimal officeFlatRate) {
        this.officeFlatRate = officeFlatRate;
    }

    public BigDecimal getBudgetFlexibility() {
        return budgetFlexibility;
    }

    public void setBudgetFlexibility(BigDecimal budgetFlexibility) {
        this.budgetFlexibility = budgetFlexibility;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    @Override
    public String label() {
        return code;
    }
}

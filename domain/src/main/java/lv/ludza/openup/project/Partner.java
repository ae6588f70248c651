package lv.ludza.openup.project;

import static lv.ludza.openup.shared.Text.trimmed;

import java.math.BigDecimal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.InProject;

/** An organisation taking part in a project, with its planned budget and ERDF co-financing rate. */
@Entity
@Table(name = "partner")
@Audited
@NamedQuery(name = "Partner.findAll",
        query = "SELECT p FROM Partner p JOIN FETCH p.project ORDER BY p.project.code, p.role, p.shortName")
@InProject("project.id")
public class Partner extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PartnerRole role;

    @NotBlank(message = "{partner.name.required}")
    @Size(max = 300)
    @Column(nullable = false, length = 300)
    private String legalName;

    @NotBlank(message = "{partner.shortName.required}")
    @Size(max = 60)
    @Column(nullable = false, length = 60)
    private String shortName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Country country;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "budget", precision = 14, scale = 2, nullable = false))
    private Money budget = Money.ZERO;

    /** The ERDF share of the partner's eligible costs, e.g. 0.8500 for 85 %. */
    @NotNull
    @DecimalMin(value = "0", message = "{partner.erdfRate.range}")
    @DecimalMax(value = "1", message = "{partner.erdfRate.range}")
    @Digits(integer = 1, fraction = 4)
    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal erdfRate;

    @Size(max = 30, message = "{partner.registrationNumber.size}")
    @Column(name = "registration_no", length = 30)
    private String registrationNumber;

    @Size(max = 30, message = "{partner.vatNumber.size}")
    @Column(name = "vat_no", length = 30)
    private String vatNumber;

    @Size(max = 300, message = "{partner.address.size}")
    @Column(length = 300)
    private String address;

    @Size(max = 200, message = "{partner.contactPerson.size}")
    @Column(length = 200)
    private String contactPerson;

    /** Whether the partner gets its input VAT back: then VAT is not an eligible cost. */
    @Column(nullable = false)
    private boolean vatRecoverable;

    protected Partner() {
        // for JPA
    }

    public Partner(PartnerRole role, String legalName, String shortName, Country country, Money budget,
            BigDecimal erdfRate) {
        this.role = role;
        this.legalName = legalName;
        this.shortName = shortName;
        this.country = country;
        this.budget = budget;
        this.erdfRate = erdfRate;
    }

    void joinProject(Project project) {
        this.project = project;
    }

    public boolean isLead() {
        return role == PartnerRole.LEAD_PARTNER;
    }

    /** ERDF co-financing of this partner's budget, rounded half-up to the cent. */
    public Money getErdfAmount() {
        return budget.times(erdfRate);
    }

    public Project getProject() {
        return project;
    }

    public PartnerRole getRole() {
        return role;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public void setErdfRate(BigDecimal erdfRate) {
        this.erdfRate = erdfRate;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = trimmed(registrationNumber);
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = trimmed(vatNumber);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = trimmed(address);
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = trimmed(contactPerson);
    }

    public boolean isVatRecoverable() {
        return vatRecoverable;
    }

    public void setVatRecoverable(boolean vatRecoverable) {
        this.vatRecoverable = vatRecoverable;
    }

    /**
     * Whether this partner is the same organisation as another project's partner: the same registration number,
     * or, where either has none, the same legal name. People work for organisations, which take part in projects.
     */
    public boolean isSameOrganisationAs(Partner other) {
        // through the getters: the other may be a lazy proxy
        if (getRegistrationNumber() != null && other.getRegistrationNumber() != null) {
            return getRegistrationNumber().equals(other.getRegistrationNumber());
        }
        return getLegalName().equalsIgnoreCase(other.getLegalName());
    }

    /** A programme-approved modification of the budget: the partner's approved total becomes this. */
    public void approveBudget(Money approved) {
        this.budget = approved;
    }

    public Money getBudget() {
        return budget;
    }

    public BigDecimal getErdfRate() {
        return erdfRate;
    }

    @Override
    public String label() {
        return shortName;
    }
}

package lv.ludza.openup.inventory;

import static lv.ludza.openup.shared.Text.trimmed;

import java.time.LocalDate;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.procurement.InvoiceLine;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.ProjectTime;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/**
 * A thing bought with project money, known by its inventory number: where it stands, who looks after it, what it
 * cost and which invoice line and budget line paid it, and until when it must be kept in use (durability).
 */
@Entity
@Table(name = "asset")
@Audited
@NamedQuery(name = "Asset.findByNumber", query = "SELECT a FROM Asset a JOIN FETCH a.partner LEFT JOIN FETCH a.location"
        + " JOIN FETCH a.category WHERE a.inventoryNumber = :number")
@NamedQuery(name = "Asset.findBySerial",
        query = "SELECT a FROM Asset a WHERE a.manufacturer = :manufacturer AND a.serialNumber = :serial")
@NamedQuery(name = "Asset.lastNumber",
        query = "SELECT MAX(a.inventoryNumber) FROM Asset a WHERE a.inventoryNumber LIKE :prefix")
@NamedQuery(name = "Asset.withRelations", query = "SELECT a FROM Asset a JOIN FETCH a.partner LEFT JOIN FETCH a.location"
        + " JOIN FETCH a.category LEFT JOIN FETCH a.invoiceLine l LEFT JOIN FETCH l.invoice LEFT JOIN FETCH a.budgetLine"
        + " WHERE a.id = :id")
@NamedQuery(name = "Asset.countOfInvoiceLine",
        query = "SELECT COUNT(a) FROM Asset a WHERE a.invoiceLine.id = :line")
@NamedQuery(name = "Asset.ofInvoiceLine", query = "SELECT a FROM Asset a JOIN FETCH a.partner LEFT JOIN FETCH a.location"
        + " JOIN FETCH a.category WHERE a.invoiceLine.id = :line ORDER BY a.inventoryNumber")
@NamedQuery(name = "Asset.keepUntilBefore", query = "SELECT a FROM Asset a JOIN FETCH a.partner p LEFT JOIN FETCH a.location"
        + " WHERE p.project.id = :project AND a.keepUntil <= :until AND a.status IN :kept ORDER BY a.keepUntil,"
        + " a.inventoryNumber")
@NamedQuery(name = "Asset.disposedEarly", query = "SELECT a FROM Asset a JOIN FETCH a.partner p LEFT JOIN FETCH a.location"
        + " WHERE p.project.id = :project AND a.status IN :disposed AND (a.disposedOn IS NULL OR a.keepUntil IS NULL"
        + " OR a.disposedOn < a.keepUntil) ORDER BY a.disposedOn, a.inventoryNumber")
@NamedQuery(name = "Asset.expectedInRoom", query = "SELECT a FROM Asset a WHERE a.location.id = :location"
        + " AND a.status NOT IN :disposed")
@NamedQuery(name = "Asset.expectedAtPartner", query = "SELECT a FROM Asset a WHERE a.partner.id = :partner"
        + " AND a.status NOT IN :disposed")
@InProject(value = "partner.project.id", stored = "project.id")
public class Asset extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** A partner's prefix, the year, a four-digit counter: {@code LUD-2018-0001}. */
    public static final String NUMBER_PATTERN = "[A-Z]{2,5}-[0-9]{4}-[0-9]{4,6}";

    @NotBlank(message = "{inventory.number.required}")
    @Pattern(regexp = NUMBER_PATTERN, message = "{inventory.number.pattern}")
    @Column(name = "inventory_number", nullable = false, length = 30)
    private String inventoryNumber;

    @NotBlank(message = "{inventory.name.required}")
    @Size(max = 200, message = "{inventory.name.size}")
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull(message = "{inventory.category.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private AssetCategory category;

    @Size(max = 100, message = "{inventory.text.size}")
    @Column(length = 100)
    private String manufacturer;

    @Size(max = 100, message = "{inventory.text.size}")
    @Column(length = 100)
    private String model;

    @Size(max = 100, message = "{inventory.text.size}")
    @Column(name = "serial_number", length = 100)
    private String serialNumber;

    @NotNull(message = "{inventory.partner.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    /**
     * The partner's project, kept on the row itself so that a project's list is read in its order from one index
     * (project, sort column) and stops at the page's last row; at 100,000 rows, a join through the partner sorted
     * them all first. Not audited: it follows the partner.
     */
    @org.hibernate.envers.NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private lv.ludza.openup.project.Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;

    @Size(max = 150, message = "{inventory.text.size}")
    @Column(length = 150)
    private String custodian;

    @Column(name = "acquired_on")
    private LocalDate acquiredOn;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount_net", precision = 14, scale = 2))
    private Money net;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount_vat", precision = 14, scale = 2))
    private Money vat;

    @Column(name = "warranty_until")
    private LocalDate warrantyUntil;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_line_id")
    private InvoiceLine invoiceLine;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "budget_line_id")
    private BudgetLine budgetLine;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssetStatus status = AssetStatus.IN_USE;

    @Column(name = "lent_to", length = 150)
    private String lentTo;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "keep_until")
    private LocalDate keepUntil;

    @Column(name = "disposed_on")
    private LocalDate disposedOn;

    @Column(name = "disposal_reason", length = 500)
    private String disposalReason;

    @Column(name = "disposal_method", length = 150)
    private String disposalMethod;

    @Column(name = "disposal_approver", length = 150)
    private String disposalApprover;

    public Asset() {
        // a new asset, filled in on its screen
    }

    public Asset(Partner partner, String inventoryNumber, String name, AssetCategory category) {
        this.partner = partner;
        this.inventoryNumber = inventoryNumber;
        this.name = name;
        this.category = category;
    }

    /** The series a partner's asset acquired in a year is numbered in: {@code LUD-2019-}. */
    public static String seriesOf(Partner partner, int year) {
        return prefixOf(partner) + "-" + year + "-";
    }

    /**
     * Whether this asset's inventory number is well-formed and in its partner's series: the partner's prefix and, for
     * an asset with an acquisition date, that year ({@code ROK-2019-0001} for a Rokiškis asset acquired in 2019).
     */
    public boolean numberFitsSeries() {
        if (inventoryNumber == null || partner == null || !inventoryNumber.matches(NUMBER_PATTERN)) {
            return false;
        }
        return acquiredOn == null ? inventoryNumber.startsWith(prefixOf(partner) + "-")
                : inventoryNumber.startsWith(seriesOf(partner, acquiredOn.getYear()));
    }

    /** The next number after {@code last} in the series {@code prefix-year-}, or the first one. */
    public static String nextNumber(String prefix, int year, String last) {
        String series = prefix + "-" + year + "-";
        int counter = 0;
        if (last != null && last.startsWith(series)) {
            counter = Integer.parseInt(last.substring(series.length()));
        }
        return series + String.format("%04d", counter + 1);
    }

    /** The prefix of a partner's inventory numbers: the first three letters of its short name, without accents. */
    public static String prefixOf(Partner partner) {
        String plain = java.text.Normalizer.normalize(partner.getShortName(), java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        return plain.length() <= 3 ? (plain + "XXX").substring(0, 3) : plain.substring(0, 3);
    }

    /** Paid from this invoice line: one unit's price, the date, the budget line it was declared on. */
    public void paidFrom(InvoiceLine line, BudgetLine budget, Money unitNet, Money unitVat) {
        this.invoiceLine = line;
        this.budgetLine = budget;
        this.net = unitNet;
        this.vat = unitVat;
        this.acquiredOn = line.getInvoice().getIssuedOn();
    }

    /**
     * Lends the asset out to a person or a room until a date.
     *
     * @throws RuleViolation {@code inventory.checkOut.notInUse} unless it is in use, {@code inventory.checkOut.toRequired}
     *         without whom to
     */
    public void checkOutTo(String to, LocalDate due) {
        checkOutTo(to, due, ProjectTime.today());
    }

    /** Lends the asset out on a day (a loan recorded afterwards), due back not before that day. */
    public void checkOutTo(String to, LocalDate due, LocalDate on) {
        if (status != AssetStatus.IN_USE) {
            throw RuleViolation.onField("lentTo", "inventory.checkOut.notInUse", status);
        }
        if (to == null || to.isBlank()) {
            throw RuleViolation.onField("lentTo", "inventory.checkOut.toRequired");
        }
        if (due != null && due.isBefore(on)) {
            throw RuleViolation.onField("dueOn", "inventory.checkOut.dueInPast");
        }
        status = AssetStatus.LENT_OUT;
        lentTo = to.trim();
        dueOn = due;
    }

    /** @throws RuleViolation {@code inventory.checkIn.notOut} unless it was lent out or in repair */
    public void checkIn() {
        if (status != AssetStatus.LENT_OUT && status != AssetStatus.IN_REPAIR) {
            throw new RuleViolation("inventory.checkIn.notOut", inventoryNumber);
        }
        status = AssetStatus.IN_USE;
        lentTo = null;
        dueOn = null;
    }

    /** @throws RuleViolation {@code inventory.repair.notInUse} unless it is in use */
    public void sendToRepair(String where) {
        if (status != AssetStatus.IN_USE) {
            throw new RuleViolation("inventory.repair.notInUse", inventoryNumber);
        }
        status = AssetStatus.IN_REPAIR;
        lentTo = where == null || where.isBlank() ? null : where.trim();
    }

    /**
     * Ends the asset's life: lost or written off. Before the keep-until date the durability rule asks for an
     * approver and a document (the caller says whether one is attached).
     *
     * @throws RuleViolation {@code inventory.disposal.*} for what is missing
     */
    public void dispose(AssetStatus end, LocalDate on, String reason, String method, String approver,
            boolean documentAttached) {
        if (end == null || !end.isDisposed()) {
            throw RuleViolation.onField("disposalStatus", "inventory.disposal.statusRequired");
        }
        if (status.isDisposed()) {
            throw new RuleViolation("inventory.disposal.already", inventoryNumber);
        }
        if (on == null) {
            throw RuleViolation.onField("disposedOn", "inventory.disposal.dateRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.onField("disposalReason", "inventory.disposal.reasonRequired");
        }
        boolean early = keepUntil != null && on.isBefore(keepUntil);
        if (early && (approver == null || approver.isBlank())) {
            throw RuleViolation.onField("disposalApprover", "inventory.disposal.approverRequired", keepUntil);
        }
        if (early && !documentAttached) {
            throw RuleViolation.onField("disposalReason", "inventory.disposal.documentRequired", keepUntil);
        }
        status = end;
        disposedOn = on;
        disposalReason = reason.trim();
        disposalMethod = method == null || method.isBlank() ? null : method.trim();
        disposalApprover = approver == null || approver.isBlank() ? null : approver.trim();
        lentTo = null;
        dueOn = null;
    }

    /** Lost or written off before the durability date: reports flag it. */
    public boolean isDisposedEarly() {
        return status.isDisposed() && keepUntil != null && disposedOn != null && disposedOn.isBefore(keepUntil);
    }

    public boolean isOut() {
        return status == AssetStatus.LENT_OUT || status == AssetStatus.IN_REPAIR;
    }

    public boolean isOverdue() {
        return status == AssetStatus.LENT_OUT && dueOn != null
                && dueOn.isBefore(ProjectTime.today());
    }

    public Money getGross() {
        return net == null ? null : vat == null ? net : net.plus(vat);
    }

    @Override
    public String label() {
        return inventoryNumber + " " + name;
    }

    public void moveTo(Location to) {
        this.location = to;
    }

    public void keepUntil(LocalDate date) {
        this.keepUntil = date;
    }

    public String getInventoryNumber() {
        return inventoryNumber;
    }

    public void setInventoryNumber(String inventoryNumber) {
        this.inventoryNumber = inventoryNumber == null ? null
                : inventoryNumber.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trimmed(name);
    }

    public AssetCategory getCategory() {
        return category;
    }

    public void setCategory(AssetCategory category) {
        this.category = category;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = trimmed(manufacturer);
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = trimmed(model);
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = trimmed(serialNumber);
    }

    public Partner getPartner() {
        return partner;
    }

    public void setPartner(Partner partner) {
        this.partner = partner;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public String getCustodian() {
        return custodian;
    }

    public void setCustodian(String custodian) {
        this.custodian = trimmed(custodian);
    }

    public LocalDate getAcquiredOn() {
        return acquiredOn;
    }

    public void setAcquiredOn(LocalDate acquiredOn) {
        this.acquiredOn = acquiredOn;
    }

    public Money getNet() {
        return net;
    }

    public void setNet(Money net) {
        this.net = net;
    }

    public Money getVat() {
        return vat;
    }

    public void setVat(Money vat) {
        this.vat = vat;
    }

    public LocalDate getWarrantyUntil() {
        return warrantyUntil;
    }

    public void setWarrantyUntil(LocalDate warrantyUntil) {
        this.warrantyUntil = warrantyUntil;
    }

    public InvoiceLine getInvoiceLine() {
        return invoiceLine;
    }

    public BudgetLine getBudgetLine() {
        return budgetLine;
    }

    public AssetStatus getStatus() {
        return status;
    }

    public String getLentTo() {
        return lentTo;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getKeepUntil() {
        return keepUntil;
    }

    public LocalDate getDisposedOn() {
        return disposedOn;
    }

    public String getDisposalReason() {
        return disposalReason;
    }

    public String getDisposalMethod() {
        return disposalMethod;
    }

    public String getDisposalApprover() {
        return disposalApprover;
    }

    /** The project follows the partner (chosen or changed on the form). */
    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void keepProject() {
        project = partner == null ? null : partner.getProject();
    }
}

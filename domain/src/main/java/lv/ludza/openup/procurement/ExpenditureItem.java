package lv.ludza.openup.procurement;

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

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/**
 * A paid cost declared on a budget line with its eligible amount: an invoice line, or another cost (staff costs,
 * a travel settlement). It belongs to the reporting period its payment falls in; the first level controller
 * gives it a verdict and the amount it certifies.
 */
@Entity
@Table(name = "expenditure_item")
@Audited
@NamedQuery(name = "ExpenditureItem.ofInvoiceLine",
        query = "SELECT e FROM ExpenditureItem e WHERE e.invoiceLine.id = :line")
@NamedQuery(name = "ExpenditureItem.ofInvoice",
        query = "SELECT e FROM ExpenditureItem e JOIN FETCH e.period WHERE e.invoiceLine.invoice.id = :invoice")
@NamedQuery(name = "ExpenditureItem.declaredOnLine",
        query = "SELECT SUM(e.amount.amount) FROM ExpenditureItem e WHERE e.budgetLine.id = :line"
                + " AND e.id <> :except")
@NamedQuery(name = "ExpenditureItem.ofReport",
        query = "SELECT e FROM ExpenditureItem e LEFT JOIN FETCH e.invoiceLine l LEFT JOIN FETCH l.invoice i"
                + " LEFT JOIN FETCH i.supplier WHERE e.partner.id = :partner AND e.period.id = :period"
                + " ORDER BY e.category, e.paidOn, e.id")
@InProject(value = "partner.project.id", stored = "project.id")
public class ExpenditureItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    /**
     * The partner's project, kept on the row itself so that a project's list is read in its order from one index
     * (project, sort column) and stops at the page's last row; at 100,000 rows, a join through the partner sorted
     * them all first. Not audited: it follows the partner.
     */
    @org.hibernate.envers.NotAudited
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private lv.ludza.openup.project.Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_line_id", nullable = false)
    private BudgetLine budgetLine;

    /** The budget line's category, kept here so totals by category need no join. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CostCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_line_id", updatable = false)
    private InvoiceLine invoiceLine;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "document_date", nullable = false)
    private LocalDate documentDate;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id", nullable = false)
    private ReportingPeriod period;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 14, scale = 2, nullable = false))
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Verdict verdict;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "certified", precision = 14, scale = 2))
    private Money certified;

    @Column(name = "verdict_reason", length = 500)
    private String verdictReason;

    /** The travel order whose settlement declared this item (its per diem or one of its expenses), if any. */
    @Column(name = "travel_order_id")
    @org.hibernate.envers.NotAudited
    private Long travelOrderId;

    /** The expense of that travel order this item declares (none for the per diem). */
    @Column(name = "travel_expense_id")
    @org.hibernate.envers.NotAudited
    private Long travelExpenseId;

    /**
     * The longest description: an invoice line's is "supplier, invoice number: line" (200 + 2 + 50 + 2 + 300
     * characters at most), so a declaration of any invoice line fits.
     */
    public static final int DESCRIPTION_LENGTH = 600;

    protected ExpenditureItem() {
        // for JPA
    }

    /**
     * How a declared invoice line is described: {@code supplier, invoice number: line description}; cut with "…" at
     * {@link #DESCRIPTION_LENGTH} should the parts ever be longer than their own fields allow.
     */
    public static String describe(String supplier, String invoiceNumber, String lineDescription) {
        String text = supplier + ", " + invoiceNumber + ": " + lineDescription;
        return text.length() <= DESCRIPTION_LENGTH ? text : text.substring(0, DESCRIPTION_LENGTH - 1) + "…";
    }

    /**
     * @param invoiceLine the invoice line declared, or null for another kind of cost
     * @param paidOn      when it was paid (in full); decides the reporting period
     */
    public ExpenditureItem(BudgetLine budgetLine, InvoiceLine invoiceLine, String description, LocalDate documentDate,
            LocalDate paidOn, ReportingPeriod period, Money amount) {
        this.partner = budgetLine.getPartner();
        this.project = partner.getProject();
        this.budgetLine = budgetLine;
        this.category = budgetLine.getCategory();
        this.invoiceLine = invoiceLine;
        if (description == null || description.isBlank()) {
            throw RuleViolation.onField("description", "expenditure.description.required");
        }
        if (description.length() > DESCRIPTION_LENGTH) {
            throw RuleViolation.onField("description", "expenditure.description.size", DESCRIPTION_LENGTH);
        }
        this.description = description;
        this.documentDate = documentDate;
        this.paidOn = paidOn;
        this.period = period;
        this.amount = amount;
    }

    /** Changes the declared amount and line; a verdict given before no longer holds. */
    public void redeclare(BudgetLine line, Money newAmount) {
        this.budgetLine = line;
        this.category = line.getCategory();
        this.amount = newAmount;
        clearVerdict();
    }

    /**
     * The controller's verdict: accepted (all certified), partly (less certified, with a reason) or rejected
     * (nothing certified, with a reason).
     *
     * @throws RuleViolation when a reason or a certified amount is missing or out of range
     */
    public void judge(Verdict given, Money partly, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        Money certifying = switch (given) {
            case ACCEPTED -> amount;
            case PARTLY -> partly;
            case REJECTED -> Money.ZERO;
        };
        if (given == Verdict.PARTLY && (partly == null || partly.isNegative() || partly.isZero()
                || !amount.isGreaterThan(partly))) {
            throw RuleViolation.onField("certified", "verdict.partly.amount", amount);
        }
        if (given != Verdict.ACCEPTED && why == null) {
            throw RuleViolation.onField("reason", "verdict.reason.required");
        }
        this.verdict = given;
        this.certified = certifying;
        this.verdictReason = given == Verdict.ACCEPTED ? null : why;
    }

    public void clearVerdict() {
        verdict = null;
        certified = null;
        verdictReason = null;
    }

    @Override
    public String label() {
        return description;
    }

    public Partner getPartner() {
        return partner;
    }

    public BudgetLine getBudgetLine() {
        return budgetLine;
    }

    public CostCategory getCategory() {
        return category;
    }

    /**
     * Marks this item as declared by a travel order's settlement, so its evidence (the trip's documents, the
     * expense's receipts) is found: the per diem with no expense, an expense with its id.
     */
    public void declaredBy(long travelOrderId, Long travelExpenseId) {
        this.travelOrderId = travelOrderId;
        this.travelExpenseId = travelExpenseId;
    }

    public Long getTravelOrderId() {
        return travelOrderId;
    }

    public Long getTravelExpenseId() {
        return travelExpenseId;
    }

    public InvoiceLine getInvoiceLine() {
        return invoiceLine;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public Money getAmount() {
        return amount;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public Money getCertified() {
        return certified;
    }

    public String getVerdictReason() {
        return verdictReason;
    }
}

package lv.ludza.openup.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.envers.Audited;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.InProject;

/** A supplier's invoice to a partner: its lines, and the payments made on it. */
@Entity
@Table(name = "invoice")
@Audited
@NamedQuery(name = "Invoice.withRelations", query = "SELECT i FROM Invoice i JOIN FETCH i.partner"
        + " JOIN FETCH i.supplier LEFT JOIN FETCH i.contract WHERE i.id = :id")
@NamedQuery(name = "Invoice.findByNumber",
        query = "SELECT i FROM Invoice i WHERE i.supplier.id = :supplier AND i.number = :number")
@InProject(value = "partner.project.id", stored = "project.id")
public class Invoice extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{procedure.partner.required}")
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

    @NotNull(message = "{contract.supplier.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @NotBlank(message = "{invoice.number.required}")
    @Size(max = 50, message = "{contract.number.size}")
    @Column(nullable = false, length = 50)
    private String number;

    @NotNull(message = "{invoice.issuedOn.required}")
    @Column(nullable = false)
    private LocalDate issuedOn;

    private LocalDate dueOn;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<InvoiceLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Payment> payments = new ArrayList<>();

    /** What is bought (decides the procurement thresholds); an invoice under a contract is of the contract's kind. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 20)
    private ContractType contractType = ContractType.SUPPLIES;

    /** The procurement threshold warning found when it was last saved, kept on the record; null for none. */
    @jakarta.persistence.Embedded
    private ThresholdWarning thresholdWarning;

    public Invoice() {
        // a new invoice, filled in on its screen
    }

    public Invoice(Partner partner, Supplier supplier, String number, LocalDate issuedOn) {
        this.partner = partner;
        this.supplier = supplier;
        this.number = number;
        this.issuedOn = issuedOn;
    }

    /**
     * Replaces the lines with these, numbered from 1. Each line's gross, as typed, must be net + VAT.
     *
     * @throws RuleViolation {@code invoice.line.grossMismatch}, {@code money.negative},
     *         {@code invoice.line.quantityNotPositive}, {@code invoice.line.descriptionMissing}, {@code invoice.lines.required}
     */
    public void replaceLines(List<Line> given) {
        if (given.isEmpty()) {
            throw RuleViolation.onField("lines", "invoice.lines.required");
        }
        if (!payments.isEmpty() && given.stream().map(Line::gross).reduce(Money.ZERO, Money::plus)
                .compareTo(getPaid()) < 0) {
            throw RuleViolation.onField("lines", "invoice.belowPaid", getPaid());
        }
        List<InvoiceLine> replaced = new ArrayList<>();
        int no = 1;
        for (Line line : given) {
            if (line.description() == null || line.description().isBlank()) {
                throw RuleViolation.onField("lines", "invoice.line.descriptionMissing", no);
            }
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                throw RuleViolation.onField("lines", "invoice.line.quantityNotPositive", no);
            }
            if (line.net().isNegative() || line.vat().isNegative()) {
                throw RuleViolation.onField("lines", "money.negative");
            }
            if (!line.net().plus(line.vat()).equals(line.gross())) {
                throw RuleViolation.onField("lines", "invoice.line.grossMismatch", no, line.net().plus(line.vat()));
            }
            if (line.rate() != null && (partner == null || line.rate().getCountry() != partner.getCountry()
                    || !line.rate().isValidOn(issuedOn))) {
                throw RuleViolation.onField("lines", "invoice.line.rateNotValid", no);
            }
            replaced.add(new InvoiceLine(this, no++, line.description().trim(), line.quantity(), line.net(),
                    line.vat(), line.rate()));
        }
        lines.clear();
        lines.addAll(replaced);
    }

    /**
     * Records a payment.
     *
     * @throws RuleViolation {@code payment.amount.positive}, {@code payment.exceedsInvoice},
     *         {@code payment.beforeInvoice}
     */
    public Payment pay(LocalDate on, Money amount, String reference) {
        if (on == null) {
            throw RuleViolation.onField("paidOn", "payment.date.required");
        }
        if (amount == null || amount.isNegative() || amount.isZero()) {
            throw RuleViolation.onField("paymentAmount", "payment.amount.positive");
        }
        if (amount.isGreaterThan(getOutstanding())) {
            throw RuleViolation.onField("paymentAmount", "payment.exceedsInvoice", getOutstanding());
        }
        if (on.isBefore(issuedOn)) {
            throw RuleViolation.onField("paidOn", "payment.beforeInvoice");
        }
        Payment payment = new Payment(this, on, amount, reference == null || reference.isBlank() ? null
                : reference.trim());
        payments.add(payment);
        return payment;
    }

    /** Whether these are the invoice's lines as they are (declared lines may not change). */
    public boolean hasLines(List<Line> given) {
        if (given.size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < given.size(); i++) {
            Line line = given.get(i);
            InvoiceLine own = lines.get(i);
            if (line.description() == null || !line.description().trim().equals(own.getDescription())
                    || line.quantity() == null || line.quantity().compareTo(own.getQuantity()) != 0
                    || !own.getNet().equals(line.net()) || !own.getVat().equals(line.vat())
                    || !java.util.Objects.equals(own.getVatRate() == null ? null : own.getVatRate().getId(),
                            line.rate() == null ? null : line.rate().getId())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records a payment read from a bank statement: the rules of {@link #pay}, and the entry's key kept on it.
     */
    public Payment payFromStatement(LocalDate on, Money amount, String reference, BankStatement statement,
            String bankKey) {
        Payment payment = pay(on, amount, reference);
        payment.fromStatement(statement, bankKey);
        return payment;
    }

    /** The day the invoice was paid in full (its last payment), or null while something is outstanding. */
    public LocalDate getPaidInFullOn() {
        return isPaidInFull() ? payments.stream().map(Payment::getPaidOn).max(LocalDate::compareTo).orElse(null)
                : null;
    }

    /** A contract the invoice is paid under must be the same partner's, with the same supplier. */
    public void underContract(Contract under) {
        if (under != null && (!under.getPartner().equals(partner) || !under.getSupplier().equals(supplier))) {
            throw RuleViolation.onField("contract", "invoice.contract.mismatch");
        }
        this.contract = under;
        if (under != null) {
            this.contractType = under.getContractType();
        }
    }

    public void checkDates() {
        if (issuedOn != null && dueOn != null && dueOn.isBefore(issuedOn)) {
            throw RuleViolation.onField("dueOn", "period.endBeforeStart");
        }
    }

    public Money getNet() {
        return lines.stream().map(InvoiceLine::getNet).reduce(Money.ZERO, Money::plus);
    }

    public Money getVat() {
        return lines.stream().map(InvoiceLine::getVat).reduce(Money.ZERO, Money::plus);
    }

    public Money getGross() {
        return getNet().plus(getVat());
    }

    public Money getPaid() {
        return payments.stream().map(Payment::getAmount).reduce(Money.ZERO, Money::plus);
    }

    public Money getOutstanding() {
        return getGross().minus(getPaid());
    }

    public boolean isPaidInFull() {
        return !lines.isEmpty() && getOutstanding().isZero();
    }

    @Override
    public String label() {
        return number;
    }

    public List<InvoiceLine> getLines() {
        List<InvoiceLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt(InvoiceLine::getLineNo));
        return Collections.unmodifiableList(sorted);
    }

    public List<Payment> getPayments() {
        List<Payment> sorted = new ArrayList<>(payments);
        sorted.sort(Comparator.comparing(Payment::getPaidOn));
        return Collections.unmodifiableList(sorted);
    }

    public Partner getPartner() {
        return partner;
    }

    public void setPartner(Partner partner) {
        this.partner = partner;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public void setSupplier(Supplier supplier) {
        this.supplier = supplier;
    }

    public Contract getContract() {
        return contract;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.trim();
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    /** A line as typed: gross is typed too, and must agree with net + VAT. */
    public record Line(String description, BigDecimal quantity, Money net, Money vat, Money gross, VatRate rate) {

        /** A line whose VAT is typed, at no rate. */
        public Line(String description, BigDecimal quantity, Money net, Money vat, Money gross) {
            this(description, quantity, net, vat, gross, null);
        }

        /** A line taxed at a rate: VAT computed from the net, gross their sum. */
        public static Line at(VatRate rate, String description, BigDecimal quantity, Money net) {
            Money vat = rate.vatOf(net);
            return new Line(description, quantity, net, vat, net.plus(vat), rate);
        }
    }

    /** The project follows the partner (chosen or changed on the form). */
    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void keepProject() {
        project = partner == null ? null : partner.getProject();
    }

    public ContractType getContractType() {
        return contractType;
    }

    public void setContractType(ContractType contractType) {
        this.contractType = contractType == null ? ContractType.SUPPLIES : contractType;
    }

    public ThresholdWarning getThresholdWarning() {
        return thresholdWarning;
    }

    public void setThresholdWarning(ThresholdWarning thresholdWarning) {
        this.thresholdWarning = thresholdWarning;
    }
}

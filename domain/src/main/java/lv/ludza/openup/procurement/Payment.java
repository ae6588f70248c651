package lv.ludza.openup.procurement;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.InProject;

/** A payment on an invoice (an invoice may be paid in parts). */
@Entity
@Table(name = "payment")
@Audited
@InProject("invoice.partner.project.id")
public class Payment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(nullable = false)
    private LocalDate paidOn;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 14, scale = 2, nullable = false))
    private Money amount;

    @Column(length = 100)
    private String reference;

    /** The bank statement the payment was imported from (null for one typed on the invoice). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id", updatable = false)
    private BankStatement statement;

    /** The statement entry's stable key (unique), so that the same entry is never recorded twice. */
    @Column(name = "bank_key", length = 200, updatable = false, unique = true)
    private String bankKey;

    protected Payment() {
        // for JPA
    }

    Payment(Invoice invoice, LocalDate paidOn, Money amount, String reference) {
        this.invoice = invoice;
        this.paidOn = paidOn;
        this.amount = amount;
        this.reference = reference;
    }

    @Override
    public String label() {
        return invoice.getNumber() + " / " + paidOn;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public Money getAmount() {
        return amount;
    }

    public String getReference() {
        return reference;
    }

    /** Marks the payment as imported from this statement entry. */
    void fromStatement(BankStatement statement, String bankKey) {
        this.statement = statement;
        this.bankKey = bankKey;
    }

    public BankStatement getStatement() {
        return statement;
    }

    public String getBankKey() {
        return bankKey;
    }
}

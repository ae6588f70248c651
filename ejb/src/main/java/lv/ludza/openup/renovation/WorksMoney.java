package lv.ludza.openup.renovation;

import java.io.Serializable;
import java.util.List;

import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.Payment;
import lv.ludza.openup.shared.Money;

/**
 * The money of the works: the contract's value with VAT after its last amendment, what the contractor invoiced
 * under it and what was paid (each payment a progress payment), and what remains.
 */
public record WorksMoney(Money contractValue, Money invoiced, Money paid, List<Invoice> invoices,
        List<Payment> payments) implements Serializable {

    public static final WorksMoney NONE = new WorksMoney(Money.ZERO, Money.ZERO, Money.ZERO, List.of(), List.of());

    /** The contract value not yet invoiced (negative when invoiced beyond the contract). */
    public Money getLeftToInvoice() {
        return contractValue.minus(invoiced);
    }

    /** The contract value not yet paid. */
    public Money getLeftToPay() {
        return contractValue.minus(paid);
    }

    public boolean isOverInvoiced() {
        return invoiced.isGreaterThan(contractValue);
    }

    public java.math.BigDecimal getPaidPercent() {
        return paid.percentOf(contractValue);
    }

    // JavaBean getters for the screens (Expression Language 5 does not see record components)

    public Money getContractValue() {
        return contractValue;
    }

    public Money getInvoiced() {
        return invoiced;
    }

    public Money getPaid() {
        return paid;
    }

    public List<Invoice> getInvoices() {
        return invoices;
    }

    public List<Payment> getPayments() {
        return payments;
    }
}

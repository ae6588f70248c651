package lv.ludza.openup.procurement;

import java.math.BigDecimal;

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

/** One line of an invoice: what was bought, how many, net and VAT (gross is their sum). */
@Entity
@Table(name = "invoice_line")
@Audited
public class InvoiceLine extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(nullable = false, length = 300)
    private String description;

    @Column(nullable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount_net", precision = 14, scale = 2, nullable = false))
    private Money net;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount_vat", precision = 14, scale = 2, nullable = false))
    private Money vat;

    protected InvoiceLine() {
        // for JPA
    }

    InvoiceLine(Invoice invoice, int lineNo, String description, BigDecimal quantity, Money net, Money vat) {
        this.invoice = invoice;
        this.lineNo = lineNo;
        this.description = description;
        this.quantity = quantity;
        this.net = net;
        this.vat = vat;
    }

    public Money getGross() {
        return net.plus(vat);
    }

    @Override
    public String label() {
        return invoice.getNumber() + " / " + lineNo;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public Money getNet() {
        return net;
    }

    public Money getVat() {
        return vat;
    }
}

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
import lv.ludza.openup.shared.InProject;

/** One line of an invoice: what was bought, how many, net and VAT (gross is their sum). */
@Entity
@Table(name = "invoice_line")
@Audited
@InProject("invoice.partner.project.id")
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

    /** The rate the VAT was computed at; none for a line whose VAT was only typed (older lines, odd invoices). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "vat_rate_id")
    private VatRate vatRate;

    protected InvoiceLine() {
        // for JPA
    }

    InvoiceLine(Invoice invoice, int lineNo, String description, BigDecimal quantity, Money net, Money vat,
            VatRate vatRate) {
        this.vatRate = vatRate;
        this.invoice = invoice;
        this.lineNo = lineNo;
        this.description = description;
        this.quantity = quantity;
        this.net = net;
        this.vat = vat;
    }

    /**
     * Whether the VAT as typed differs from what the line's rate gives by more than a cent (the accountant is warned;
     * an invoice may round differently, so it is kept).
     */
    public boolean isVatOffRate() {
        return vatRate != null && !vatRate.agrees(net, vat);
    }

    public VatRate getVatRate() {
        return vatRate;
    }

    public Money getGross() {
        return net.plus(vat);
    }

    /** One unit's part of a line: net and VAT, gross their sum. */
    public record Share(Money net, Money vat) implements java.io.Serializable {
        public Money gross() {
            return net.plus(vat);
        }
    }

    /**
     * The line's amounts in {@code units} equal parts to the cent (e.g. one asset each): gross and net each split with
     * the cents left over spread one at a time over the first units ({@link Money#split}), VAT the difference, so that
     * every part's net + VAT is its gross and the parts add up to the line's net, VAT and gross exactly.
     */
    public java.util.List<Share> splitInto(int units) {
        java.util.List<Money> grosses = getGross().split(units);
        java.util.List<Money> nets = net.split(units);
        java.util.List<Share> shares = new java.util.ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            shares.add(new Share(nets.get(i), grosses.get(i).minus(nets.get(i))));
        }
        return java.util.List.copyOf(shares);
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

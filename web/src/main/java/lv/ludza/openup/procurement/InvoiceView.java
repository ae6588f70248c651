package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Navigation;

/** One invoice: header, lines (net, VAT, gross as typed), totals, payments and history. */
@Named
@ViewScoped
public class InvoiceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvoiceService invoices;

    @Inject
    private Choices choices;

    @Inject
    private HistoryService history;

    private Long id;
    private Invoice invoice;
    private Long partnerId;
    private Long supplierId;
    private Long contractId;
    private final List<LineDraft> lines = new ArrayList<>();
    private List<Contract> contractChoices = List.of();
    private List<HistoryEntry> entries = List.of();

    private LocalDate paidOn;
    private BigDecimal paymentAmount;
    private String paymentReference;

    public void load() throws IOException {
        if (id == null) {
            invoice = new Invoice();
            lines.add(new LineDraft());
            return;
        }
        invoice = invoices.find(id).orElse(null);
        if (invoice == null) {
            Navigation.notFound();
            return;
        }
        fill();
    }

    private void fill() {
        partnerId = invoice.getPartner().getId();
        supplierId = invoice.getSupplier().getId();
        contractId = invoice.getContract() == null ? null : invoice.getContract().getId();
        lines.clear();
        invoice.getLines().forEach(line -> lines.add(new LineDraft(line)));
        partiesChanged();
        entries = history.historyOf(Invoice.class, invoice.getId());
        paidOn = null;
        paymentAmount = null;
        paymentReference = null;
    }

    /** Contracts the invoice can be paid under: the chosen partner's with the chosen supplier. */
    public void partiesChanged() {
        contractChoices = partnerId == null || supplierId == null ? List.of()
                : invoices.contractsOf(partnerId, supplierId);
    }

    public void addLine() {
        lines.add(new LineDraft());
    }

    public void removeLine(LineDraft line) {
        lines.remove(line);
    }

    public void save() {
        boolean isNew = invoice.isNew();
        List<Invoice.Line> typed = new ArrayList<>();
        boolean valid = Feedback.attempt(() -> {
            invoice.setPartner(choices.partner(partnerId));
            invoice.setSupplier(choices.supplier(supplierId));
            for (LineDraft draft : lines) {
                typed.add(draft.toLine());
            }
        });
        Invoice[] saved = new Invoice[1];
        if (valid && Feedback.validate(invoice)
                && Feedback.attempt(() -> saved[0] = invoices.save(invoice, typed, contractId))) {
            invoice = saved[0];
            id = invoice.getId();
            fill();
            Feedback.info(isNew ? "invoice.created" : "invoice.saved", invoice.getNumber());
        }
    }

    public void pay() {
        Invoice[] paid = new Invoice[1];
        if (Feedback.attempt(() -> paid[0] = invoices.pay(invoice.getId(), invoice.getVersion(), paidOn,
                paymentAmount == null ? null : Money.eur(paymentAmount), paymentReference))) {
            invoice = paid[0];
            fill();
            Feedback.info("payment.saved", invoice.getNumber());
        }
    }

    /** Totals of the lines as typed. */
    public Money getTypedNet() {
        return lines.stream().map(l -> money(l.getNet())).reduce(Money.ZERO, Money::plus);
    }

    public Money getTypedVat() {
        return lines.stream().map(l -> money(l.getVat())).reduce(Money.ZERO, Money::plus);
    }

    public Money getTypedGross() {
        return lines.stream().map(l -> money(l.getGross())).reduce(Money.ZERO, Money::plus);
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? Money.ZERO : Money.eur(amount);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public List<LineDraft> getLines() {
        return lines;
    }

    public List<Contract> getContractChoices() {
        return contractChoices;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public void setPaymentReference(String paymentReference) {
        this.paymentReference = paymentReference;
    }

    /** A line as the user types it. */
    public static class LineDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        private String description;
        private BigDecimal quantity = BigDecimal.ONE;
        private BigDecimal net;
        private BigDecimal vat;
        private BigDecimal gross;

        LineDraft() {
        }

        LineDraft(InvoiceLine line) {
            description = line.getDescription();
            quantity = line.getQuantity();
            net = line.getNet().amount();
            vat = line.getVat().amount();
            gross = line.getGross().amount();
        }

        Invoice.Line toLine() {
            return new Invoice.Line(description, quantity, money(net), money(vat), money(gross));
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getNet() {
            return net;
        }

        public void setNet(BigDecimal net) {
            this.net = net;
        }

        public BigDecimal getVat() {
            return vat;
        }

        public void setVat(BigDecimal vat) {
            this.vat = vat;
        }

        public BigDecimal getGross() {
            return gross;
        }

        public void setGross(BigDecimal gross) {
            this.gross = gross;
        }
    }
}

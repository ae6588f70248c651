package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Formats;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.ProjectTime;

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
    private ThresholdService thresholds;

    @Inject
    private HistoryService history;

    @Inject
    private ExpenditureService expenditure;

    private Long id;
    private Invoice invoice;
    private Long partnerId;
    private Long supplierId;
    private Long contractId;
    private final List<LineDraft> lines = new ArrayList<>();
    private List<Contract> contractChoices = List.of();
    private List<VatRate> vatRates = List.of();
    private List<HistoryEntry> entries = List.of();
    /** The threshold warning of the form as it is typed, before saving (null: none, or not enough typed to check). */
    private ThresholdWarning warning;
    private ThresholdWarning declarationWarning;

    private LocalDate paidOn;
    private BigDecimal paymentAmount;
    private String paymentReference;

    private Map<Long, ExpenditureItem> declarations = Map.of();
    private InvoiceLine declaring;
    private CostCategory category;
    private BigDecimal declaredAmount;

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
        warning = invoice.getThresholdWarning();
        entries = history.historyOf(Invoice.class, invoice.getId());
        paidOn = null;
        paymentAmount = null;
        paymentReference = null;
        declarations = new HashMap<>();
        expenditure.ofInvoice(invoice.getId()).forEach(item -> declarations.put(item.getInvoiceLine().getId(), item));
    }

    /** Opens the declaration dialog for a line, proposing its gross (net where the partner recovers VAT). */
    public void startDeclaring(InvoiceLine line) {
        declaring = line;
        category = null;
        declarationWarning = null;
        declaredAmount = Eligibility.proposed(line.getNet(), line.getGross(), invoice.getPartner().isVatRecoverable())
                .amount();
    }

    /** The procurement check in the declare dialog, as the category is chosen (declaring stays possible). */
    public void checkDeclaration() {
        declarationWarning = declaring == null || category == null ? null
                : thresholds.atDeclaration(declaring.getId(), category).orElse(null);
    }

    public ThresholdWarning getDeclarationWarning() {
        return declarationWarning;
    }

    public void declare() {
        if (Feedback.attempt(() -> expenditure.declare(declaring.getId(), category, Money.eur(declaredAmount)))) {
            Feedback.info("expenditure.declared", invoice.getNumber(), declaring.getLineNo());
            invoice = invoices.find(id).orElseThrow();
            fill();
            PrimeFaces.current().ajax().update("expenditure", "historyPanel");
            PrimeFaces.current().executeScript("PF('declareDialog').hide()");
        }
    }

    public void withdraw(ExpenditureItem item) {
        if (Feedback.attempt(() -> expenditure.withdraw(item.getId(), item.getVersion()))) {
            Feedback.info("expenditure.withdrawn", item.getDescription());
        }
        invoice = invoices.find(id).orElseThrow();
        fill();
    }

    public ExpenditureItem declarationOf(InvoiceLine line) {
        return declarations.get(line.getId());
    }

    public List<CostCategory> getCategories() {
        return Arrays.stream(CostCategory.values()).filter(c -> !c.isFlatRate()).toList();
    }

    public InvoiceLine getDeclaring() {
        return declaring;
    }

    public CostCategory getCategory() {
        return category;
    }

    public void setCategory(CostCategory category) {
        this.category = category;
    }

    public BigDecimal getDeclaredAmount() {
        return declaredAmount;
    }

    public void setDeclaredAmount(BigDecimal declaredAmount) {
        this.declaredAmount = declaredAmount;
    }

    /**
     * Contracts the invoice can be paid under: the chosen partner's with the chosen supplier; the VAT rates of the
     * partner's country on the invoice's date (today's for an invoice without one yet).
     */
    public void partiesChanged() {
        contractChoices = partnerId == null || supplierId == null ? List.of()
                : invoices.contractsOf(partnerId, supplierId);
        if (contractId != null && contractChoices.stream().noneMatch(c -> c.getId().equals(contractId))) {
            contractId = null;
        }
        // the invoice's own partner, or one chosen among the current project's (an invoice of another project, opened
        // by its address, keeps its partner, who is not among the choices)
        Partner partner = invoice.getPartner() != null
                && invoice.getPartner().getId().equals(partnerId) ? invoice.getPartner() : choices.partner(partnerId);
        vatRates = partner == null ? List.of() : invoices.vatRates(partner.getCountry(),
                invoice.getIssuedOn() == null ? LocalDate.now(ProjectTime.ZONE) : invoice.getIssuedOn());
        checkThreshold();
    }

    /**
     * A line's net or rate changed: with a rate, its VAT is computed (half up to the cent) and its gross follows;
     * a line without a rate keeps what was typed.
     */
    public void computeVat(LineDraft line) {
        VatRate rate = rate(line.rateId);
        if (rate != null && line.net != null) {
            line.vat = rate.vatOf(Money.eur(line.net)).amount();
        }
    }

    /** A line's net changed: its VAT at its rate, and the procurement check with the new total. */
    public void netChanged(LineDraft line) {
        computeVat(line);
        checkThreshold();
    }

    /** The rate a line draft names, from the rates offered; none for a typed line. */
    private VatRate rate(Long rateId) {
        return rateId == null ? null : vatRates.stream().filter(r -> r.getId().equals(rateId)).findFirst()
                .orElse(null);
    }

    /** The line's VAT differs from its rate by more than a cent: the rate's amount, for the warning; else null. */
    public Money offRate(LineDraft line) {
        VatRate rate = rate(line.rateId);
        if (rate == null || line.net == null || line.vat == null
                || rate.agrees(Money.eur(line.net), Money.eur(line.vat))) {
            return null;
        }
        return rate.vatOf(Money.eur(line.net));
    }

    public List<VatRate> getVatRates() {
        return vatRates;
    }

    /**
     * The procurement check as the invoice is typed (partner, supplier, date, kind, contract or a line's net changed):
     * what this supplier's contracts and invoices of the kind would reach with it, shown before saving.
     */
    public void checkThreshold() {
        if (partnerId == null || supplierId == null || invoice.getIssuedOn() == null) {
            warning = null;
            return;
        }
        try {
            warning = thresholds.forInvoice(partnerId, supplierId, invoice.getContractType(), invoice.getIssuedOn(),
                    getTypedNet(), contractId, invoice.getId()).orElse(null);
        } catch (RuntimeException e) {
            warning = null; // a check of a form half typed is no error; saving checks again
        }
    }

    public ThresholdWarning getWarning() {
        return warning;
    }

    public ContractType[] getContractTypes() {
        return ContractType.values();
    }

    public void addLine() {
        lines.add(new LineDraft());
    }

    public void removeLine(LineDraft line) {
        lines.remove(line);
        checkThreshold();
    }

    /** Saves; a new record then opens at its own address (?id=), so a reload shows it. */
    public String save() {
        boolean isNew = invoice.isNew();
        List<Invoice.Line> typed = new ArrayList<>();
        boolean valid = Feedback.attempt(() -> {
            invoice.setPartner(choices.partner(partnerId));
            invoice.setSupplier(choices.supplier(supplierId));
            for (LineDraft draft : lines) {
                typed.add(draft.toLine(rate(draft.rateId)));
            }
        });
        Invoice[] saved = new Invoice[1];
        if (valid && Feedback.validate(invoice)
                && Feedback.attempt(() -> saved[0] = invoices.save(invoice, typed, contractId))) {
            Feedback.info(isNew ? "invoice.created" : "invoice.saved", saved[0].getNumber());
            saved[0].getLines().stream().filter(InvoiceLine::isVatOffRate).forEach(line -> Feedback.warn(
                    "invoice.line.vatOffRate", line.getLineNo(), line.getVat(), line.getVatRate().vatOf(line.getNet())));
            if (saved[0].getThresholdWarning() != null) {
                Feedback.warn("invoice.savedWithWarning", saved[0].getNumber());
            }
            if (isNew) {
                return lv.ludza.openup.shared.Navigation.opened("/procurement/invoice", saved[0].getId());
            }
            invoice = saved[0];
            id = invoice.getId();
            fill();
        }
        return null;
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
        return lines.stream().map(l -> l.rateId == null ? money(l.getGross()) : l.getComputedGross())
                .reduce(Money.ZERO, Money::plus);
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
        private Long rateId;

        LineDraft() {
        }

        LineDraft(InvoiceLine line) {
            description = line.getDescription();
            quantity = line.getQuantity();
            net = line.getNet().amount();
            vat = line.getVat().amount();
            gross = line.getGross().amount();
            rateId = line.getVatRate() == null ? null : line.getVatRate().getId();
        }

        /** The line as typed; at a rate its gross is net + VAT, not typed. */
        Invoice.Line toLine(VatRate rate) {
            if (rate == null) {
                return new Invoice.Line(description, quantity, money(net), money(vat), money(gross));
            }
            return new Invoice.Line(description, quantity, money(net), money(vat), money(net).plus(money(vat)), rate);
        }

        public Long getRateId() {
            return rateId;
        }

        public void setRateId(Long rateId) {
            this.rateId = rateId;
        }

        /** Net + VAT, for a line at a rate (its gross is computed, not typed). */
        public Money getComputedGross() {
            return money(net).plus(money(vat));
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

package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.audit.HistoryEntry;
import lv.ludza.openup.audit.HistoryService;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Navigation;
import lv.ludza.openup.shared.Money;

/** One contract: partner, supplier, the procedure it comes from, amounts, term, and its history. */
@Named
@ViewScoped
public class ContractView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    @Inject
    private ProcedureService procedures;

    @Inject
    private Choices choices;

    @Inject
    private HistoryService history;

    private Long id;
    private Contract contract;
    private Long partnerId;
    private Long supplierId;
    private Long procedureId;
    private BigDecimal net;
    private BigDecimal vat;
    private List<ProcurementProcedure> procedureChoices = List.of();
    private List<HistoryEntry> entries = List.of();

    public void load() throws IOException {
        if (id == null) {
            contract = new Contract();
            return;
        }
        contract = contracts.find(id).orElse(null);
        if (contract == null) {
            Navigation.notFound();
            return;
        }
        fill();
    }

    private void fill() {
        partnerId = contract.getPartner().getId();
        supplierId = contract.getSupplier().getId();
        procedureId = contract.getProcedure() == null ? null : contract.getProcedure().getId();
        net = contract.getNet().amount();
        vat = contract.getVat().amount();
        partnerChanged();
        entries = history.historyOf(Contract.class, contract.getId());
    }

    /** The procedures a contract can come from: the chosen partner's awarded ones. */
    public void partnerChanged() {
        procedureChoices = partnerId == null ? List.of() : procedures.awardedOf(partnerId);
    }

    public void save() {
        boolean isNew = contract.isNew();
        Contract[] saved = new Contract[1];
        boolean valid = Feedback.attempt(() -> {
            contract.setPartner(choices.partner(partnerId));
            contract.setSupplier(choices.supplier(supplierId));
            contract.setAmounts(Money.eur(net == null ? BigDecimal.ZERO : net),
                    Money.eur(vat == null ? BigDecimal.ZERO : vat));
        });
        if (valid && Feedback.validate(contract)
                && Feedback.attempt(() -> saved[0] = contracts.save(contract, procedureId))) {
            contract = saved[0];
            id = contract.getId();
            fill();
            Feedback.info(isNew ? "contract.created" : "contract.saved", contract.getNumber());
        }
    }

    /** Gross as the user types: net + VAT. */
    public Money getGross() {
        return Money.eur(net == null ? BigDecimal.ZERO : net).plus(Money.eur(vat == null ? BigDecimal.ZERO : vat));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Contract getContract() {
        return contract;
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

    public Long getProcedureId() {
        return procedureId;
    }

    public void setProcedureId(Long procedureId) {
        this.procedureId = procedureId;
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

    public List<ProcurementProcedure> getProcedureChoices() {
        return procedureChoices;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }
}

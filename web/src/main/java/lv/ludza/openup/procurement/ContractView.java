package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
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
    private ThresholdService thresholds;

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
    /** The threshold warning of the form as it is typed, before saving (null: none, or not enough typed to check). */
    private ThresholdWarning warning;

    private List<ContractAmendment> amendments = List.of();
    private LocalDate amendedOn;
    private String reason;
    private BigDecimal amendedNet;
    private BigDecimal amendedVat;
    private LocalDate amendedUntil;

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
        warning = contract.getThresholdWarning();
        entries = history.historyOf(Contract.class, contract.getId());
        amendments = contracts.amendmentsOf(contract.getId());
        amendedOn = null;
        reason = null;
        amendedNet = getCurrentNet().amount();
        amendedVat = getCurrentVat().amount();
        amendedUntil = null;
    }

    public void amend() {
        if (Feedback.attempt(() -> contracts.amend(contract.getId(), contract.getVersion(), amendedOn, reason,
                Money.eur(amendedNet == null ? BigDecimal.ZERO : amendedNet),
                Money.eur(amendedVat == null ? BigDecimal.ZERO : amendedVat), amendedUntil))) {
            contract = contracts.find(id).orElseThrow();
            fill();
            Feedback.info("amendment.saved", contract.getNumber());
        }
    }

    private ContractAmendment last() {
        return amendments.isEmpty() ? null : amendments.get(amendments.size() - 1);
    }

    /** The value and term as they stand now: after the last amendment, else as signed. */
    public Money getCurrentNet() {
        return last() == null ? contract.getNet() : last().getNet();
    }

    public Money getCurrentVat() {
        return last() == null ? contract.getVat() : last().getVat();
    }

    public Money getCurrentGross() {
        return getCurrentNet().plus(getCurrentVat());
    }

    public LocalDate getCurrentValidUntil() {
        return last() == null ? contract.getValidUntil() : last().getValidUntil();
    }

    /** What an amendment changed the value with VAT by. */
    public Money change(ContractAmendment amendment) {
        int index = amendments.indexOf(amendment);
        Money before = index <= 0 ? contract.getGross() : amendments.get(index - 1).getGross();
        return amendment.changeFrom(before);
    }

    public List<ContractAmendment> getAmendments() {
        return amendments;
    }

    public LocalDate getAmendedOn() {
        return amendedOn;
    }

    public void setAmendedOn(LocalDate amendedOn) {
        this.amendedOn = amendedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public BigDecimal getAmendedNet() {
        return amendedNet;
    }

    public void setAmendedNet(BigDecimal amendedNet) {
        this.amendedNet = amendedNet;
    }

    public BigDecimal getAmendedVat() {
        return amendedVat;
    }

    public void setAmendedVat(BigDecimal amendedVat) {
        this.amendedVat = amendedVat;
    }

    public LocalDate getAmendedUntil() {
        return amendedUntil;
    }

    public void setAmendedUntil(LocalDate amendedUntil) {
        this.amendedUntil = amendedUntil;
    }

    /** The procedures a contract can come from: the chosen partner's awarded ones. */
    public void partnerChanged() {
        procedureChoices = partnerId == null ? List.of() : procedures.awardedOf(partnerId);
        checkThreshold();
    }

    /**
     * The procurement check as the contract is typed (partner, supplier, kind, date or value changed): what this
     * supplier's contracts and invoices of the kind would reach with it, shown before saving.
     */
    public void checkThreshold() {
        if (partnerId == null || supplierId == null || contract.getSignedOn() == null
                || contract.getContractType() == null) {
            warning = null;
            return;
        }
        BigDecimal typed = net == null ? BigDecimal.ZERO : net;
        if (typed.signum() < 0 || typed.stripTrailingZeros().scale() > Money.SCALE) {
            warning = null;
            return;
        }
        ProcurementProcedure procedure = procedureId == null ? null
                : procedureChoices.stream().filter(p -> p.getId().equals(procedureId)).findFirst().orElse(null);
        ContractType type = procedure == null ? contract.getContractType() : procedure.getContractType();
        try {
            warning = thresholds.atEntry(partnerId, supplierId, type, contract.getSignedOn(), Money.eur(typed),
                    contract.getId(), null).orElse(null);
        } catch (jakarta.ejb.EJBException e) {
            warning = null; // a check of a form half typed is no error; saving checks again
        }
    }

    public ThresholdWarning getWarning() {
        return warning;
    }

    public ContractType[] getContractTypes() {
        return ContractType.values();
    }

    /** Saves; a new record then opens at its own address (?id=), so a reload shows it. */
    public String save() {
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
            Feedback.info(isNew ? "contract.created" : "contract.saved", saved[0].getNumber());
            if (saved[0].getThresholdWarning() != null) {
                Feedback.warn("contract.savedWithWarning", saved[0].getNumber());
            }
            if (isNew) {
                return lv.ludza.openup.shared.Navigation.opened("/procurement/contract", saved[0].getId());
            }
            contract = saved[0];
            id = contract.getId();
            fill();
        }
        return null;
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

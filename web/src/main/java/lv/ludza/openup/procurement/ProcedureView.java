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

/** One procurement procedure: its details, its steps (announce, evaluate, award, cancel) and its history. */
@Named
@ViewScoped
public class ProcedureView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureService procedures;

    @Inject
    private Choices choices;

    @Inject
    private HistoryService history;

    private Long id;
    private ProcurementProcedure procedure;
    private Long partnerId;
    private BigDecimal estimatedValue;
    private List<HistoryEntry> entries = List.of();

    private LocalDate stepDate;
    private Long winnerId;

    public void load() throws IOException {
        if (id == null) {
            procedure = new ProcurementProcedure();
            return;
        }
        procedure = procedures.find(id).orElse(null);
        if (procedure == null) {
            Navigation.notFound();
            return;
        }
        fill();
    }

    private void fill() {
        partnerId = procedure.getPartner().getId();
        estimatedValue = procedure.getEstimatedValue().amount();
        entries = history.historyOf(ProcurementProcedure.class, procedure.getId());
        stepDate = null;
        winnerId = null;
    }

    /** Saves; a new record then opens at its own address (?id=), so a reload shows it. */
    public String save() {
        boolean isNew = procedure.isNew();
        ProcurementProcedure[] saved = new ProcurementProcedure[1];
        boolean valid = Feedback.attempt(() -> {
            procedure.setPartner(choices.partner(partnerId));
            procedure.setEstimatedValue(estimatedValue == null ? Money.ZERO : Money.eur(estimatedValue));
        });
        if (valid && Feedback.validate(procedure) && Feedback.attempt(() -> saved[0] = procedures.save(procedure))) {
            Feedback.info(isNew ? "procedure.created" : "procedure.saved", saved[0].getReference());
            if (isNew) {
                return lv.ludza.openup.shared.Navigation.opened("/procurement/procedure", saved[0].getId());
            }
            procedure = saved[0];
            id = procedure.getId();
            fill();
        }
        return null;
    }

    public void advance(ProcedureService.Step step) {
        ProcurementProcedure[] moved = new ProcurementProcedure[1];
        if (Feedback.attempt(() -> moved[0] = procedures.advance(procedure.getId(), procedure.getVersion(), step,
                stepDate, winnerId))) {
            procedure = procedures.find(procedure.getId()).orElseThrow();
            fill();
            Feedback.info("procedure.status.changed", procedure.getReference());
        }
    }

    public ProcedureService.Step[] getSteps() {
        return ProcedureService.Step.values();
    }

    public ContractType[] getContractTypes() {
        return ContractType.values();
    }

    public ProcedureType[] getProcedureTypes() {
        return ProcedureType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProcurementProcedure getProcedure() {
        return procedure;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(BigDecimal estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }

    public LocalDate getStepDate() {
        return stepDate;
    }

    public void setStepDate(LocalDate stepDate) {
        this.stepDate = stepDate;
    }

    public Long getWinnerId() {
        return winnerId;
    }

    public void setWinnerId(Long winnerId) {
        this.winnerId = winnerId;
    }
}

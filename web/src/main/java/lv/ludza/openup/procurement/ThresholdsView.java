package lv.ludza.openup.procurement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Money;

/** The procurement thresholds, per country and contract type; the accountants keep them up to date. */
@Named
@ViewScoped
public class ThresholdsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ThresholdService thresholds;

    private List<ProcurementThreshold> all;
    /** The countries whose thresholds the user keeps: an accountant their partner's country's. */
    private java.util.Set<Country> kept = java.util.Set.of();
    private ProcurementThreshold editing;
    private BigDecimal amount;

    @PostConstruct
    void init() {
        all = thresholds.findAll();
        kept = thresholds.countriesKept();
    }

    public void create() {
        editing = new ProcurementThreshold();
        editing.setCountry(kept.stream().findFirst().orElse(Country.LV));
        amount = null;
    }

    public void edit(ProcurementThreshold shown) {
        editing = shown;
        amount = shown.getAmount().amount();
    }

    public void save() {
        editing.setAmount(amount == null ? null : Money.eur(amount));
        if (Feedback.validate(editing) && Feedback.attempt(() -> thresholds.save(editing))) {
            Feedback.info("threshold.saved");
            init();
            PrimeFaces.current().executeScript("PF('thresholdDialog').hide()");
        }
    }

    public void delete(ProcurementThreshold shown) {
        if (Feedback.attempt(() -> thresholds.delete(shown.getId(), shown.getVersion()))) {
            Feedback.info("threshold.deleted");
        }
        init();
    }

    public List<ProcurementThreshold> getAll() {
        return all;
    }

    public ProcurementThreshold getEditing() {
        return editing;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    /** The countries a threshold can be of: those the user keeps. */
    public List<Country> getCountries() {
        return java.util.Arrays.stream(Country.values()).filter(kept::contains).toList();
    }

    /** Whether the user may change this threshold (it is of a country they keep). */
    public boolean keeps(ProcurementThreshold threshold) {
        return kept.contains(threshold.getCountry());
    }

    public boolean isKeeper() {
        return !kept.isEmpty();
    }

    public ContractType[] getContractTypes() {
        return ContractType.values();
    }

    public ProcedureType[] getProcedureTypes() {
        return ProcedureType.values();
    }
}

package lv.ludza.openup.travel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Money;

/** The per-diem rate tables and day rules: read by all, kept and confirmed by accountants. */
@Named
@ViewScoped
public class PerDiemView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PerDiemService perDiems;

    private List<PerDiemRate> rates;
    private List<PerDiemRule> rules;
    private PerDiemRate rate = new PerDiemRate();
    private BigDecimal allowance;
    private BigDecimal cap;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        rates = perDiems.rates();
        rules = perDiems.rules();
    }

    public void addRate() {
        try {
            rate.setDailyAllowance(allowance == null ? null : Money.eur(allowance));
            rate.setAccommodationCap(cap == null ? Money.ZERO : Money.eur(cap));
        } catch (IllegalArgumentException moreThanCents) {
            Feedback.fieldError("dailyAllowance", "travel.amountInvalid");
            return;
        }
        if (Feedback.validate(rate) && Feedback.attempt(() -> perDiems.saveRate(rate))) {
            Feedback.info("travel.rate.added");
            rate = new PerDiemRate();
            allowance = null;
            cap = null;
            refresh();
        }
    }

    public void confirm(PerDiemRate which) {
        if (Feedback.attempt(() -> perDiems.confirmRate(which.getId(), which.getVersion()))) {
            Feedback.info("travel.rate.confirmed");
            refresh();
        }
    }

    public void delete(PerDiemRate which) {
        if (Feedback.attempt(() -> perDiems.deleteRate(which.getId(), which.getVersion()))) {
            refresh();
        }
    }

    public void saveRule(PerDiemRule rule) {
        if (Feedback.validate(rule) && Feedback.attempt(() -> perDiems.saveRule(rule))) {
            Feedback.info("travel.rule.saved", rule.getCountry());
            refresh();
        }
    }

    public void confirmRule(PerDiemRule rule) {
        if (Feedback.attempt(() -> perDiems.confirmRule(rule.getId(), rule.getVersion()))) {
            Feedback.info("travel.rule.confirmed", rule.getCountry());
            refresh();
        }
    }

    public Country[] getCountries() {
        return Country.values();
    }

    public List<PerDiemRate> getRates() {
        return rates;
    }

    public List<PerDiemRule> getRules() {
        return rules;
    }

    public PerDiemRate getRate() {
        return rate;
    }

    public BigDecimal getAllowance() {
        return allowance;
    }

    public void setAllowance(BigDecimal allowance) {
        this.allowance = allowance;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public void setCap(BigDecimal cap) {
        this.cap = cap;
    }
}

package lv.ludza.openup.procurement;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The VAT rates per country and period that invoice lines are computed at (data of the migrations). */
@Named
@ViewScoped
public class VatRatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvoiceService invoices;

    private List<VatRate> all;

    @PostConstruct
    void init() {
        all = invoices.allVatRates();
    }

    public List<VatRate> getAll() {
        return all;
    }
}

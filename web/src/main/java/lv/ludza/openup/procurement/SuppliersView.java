package lv.ludza.openup.procurement;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.ServiceLazyModel;

/** The list of suppliers: searched, sorted and paged in the database. */
@Named
@ViewScoped
public class SuppliersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SupplierService suppliers;

    private ServiceLazyModel<Supplier> model;

    @PostConstruct
    void init() {
        SupplierService service = suppliers;
        model = new ServiceLazyModel<>(service::count, service::page);
    }

    public ServiceLazyModel<Supplier> getModel() {
        return model;
    }

    public Country[] getCountries() {
        return Country.values();
    }
}

package lv.ludza.openup.procurement;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.security.Rights;
import lv.ludza.openup.project.CurrentProject;

import lv.ludza.openup.project.Partner;

/**
 * What the procurement screens offer to choose from (the project's partners, the suppliers), read once per
 * page, and the record behind a chosen id.
 */
@Named
@ViewScoped
public class Choices implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Rights rights;

    @Inject
    private CurrentProject currentProject;


    @Inject
    private SupplierService suppliers;

    private List<Partner> partners;
    private List<Supplier> supplierList;

    public List<Partner> getPartners() {
        if (partners == null) {
            partners = currentProject.load().map(p -> p.getPartners()).orElse(List.of());
        }
        return partners;
    }

    /** The partners whose money the user may change: those a new invoice, contract or procedure can be for. */
    public List<Partner> getMoneyPartners() {
        return getPartners().stream().filter(rights::money).toList();
    }

    /** The partners whose assets, events, trips and works the user may change. */
    public List<Partner> getRecordPartners() {
        return getPartners().stream().filter(rights::records).toList();
    }

    public List<Supplier> getSuppliers() {
        if (supplierList == null) {
            supplierList = suppliers.all();
        }
        return supplierList;
    }

    /** The partner with this id among the choices, or null. */
    public Partner partner(Long id) {
        return getPartners().stream().filter(p -> p.getId().equals(id)).findFirst().orElse(null);
    }

    /** The supplier with this id among the choices, or null. */
    public Supplier supplier(Long id) {
        return getSuppliers().stream().filter(s -> s.getId().equals(id)).findFirst().orElse(null);
    }
}

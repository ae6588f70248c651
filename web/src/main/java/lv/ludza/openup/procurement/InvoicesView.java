package lv.ludza.openup.procurement;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.ServiceLazyModel;

/** The list of invoices of the project's partners, with what is paid and outstanding. */
@Named
@ViewScoped
public class InvoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvoiceService invoices;

    @Inject
    private ProjectService projects;

    private ServiceLazyModel<Invoice> model;
    private List<Partner> partners;

    @PostConstruct
    void init() {
        InvoiceService service = invoices;
        model = new ServiceLazyModel<>(service::count, service::page);
        partners = projects.findDefault().map(p -> p.getPartners()).orElse(List.of());
    }

    public ServiceLazyModel<Invoice> getModel() {
        return model;
    }

    public List<Partner> getPartners() {
        return partners;
    }
}

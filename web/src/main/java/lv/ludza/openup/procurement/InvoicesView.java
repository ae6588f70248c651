package lv.ludza.openup.procurement;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.CurrentProject;

import lv.ludza.openup.shared.ServiceLazyModel;
import lv.ludza.openup.shared.PageRequest;

/** The list of invoices of the project's partners, with what is paid and outstanding. */
@Named
@ViewScoped
public class InvoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private InvoiceService invoices;

    private ServiceLazyModel<Invoice> model;

    @PostConstruct
    void init() {
        InvoiceService service = invoices;
        model = new ServiceLazyModel<>(service::count, service::page)
                .within(PageRequest.PROJECT, currentProject.getId());
    }

    public ServiceLazyModel<Invoice> getModel() {
        return model;
    }
}

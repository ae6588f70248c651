package lv.ludza.openup.procurement;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.CurrentProject;

import lv.ludza.openup.shared.ServiceLazyModel;
import lv.ludza.openup.shared.PageRequest;

/** The list of contracts of the project's partners. */
@Named
@ViewScoped
public class ContractsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private ContractService contracts;

    private ServiceLazyModel<Contract> model;

    @PostConstruct
    void init() {
        ContractService service = contracts;
        model = new ServiceLazyModel<>(service::count, service::page)
                .within(PageRequest.PROJECT, currentProject.getId());
    }

    public ServiceLazyModel<Contract> getModel() {
        return model;
    }
}

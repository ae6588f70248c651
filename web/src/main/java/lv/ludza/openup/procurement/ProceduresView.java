package lv.ludza.openup.procurement;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.CurrentProject;

import lv.ludza.openup.shared.ServiceLazyModel;
import lv.ludza.openup.shared.PageRequest;

/** The list of procurement procedures of the project's partners. */
@Named
@ViewScoped
public class ProceduresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private ProcedureService procedures;

    private ServiceLazyModel<ProcurementProcedure> model;

    @PostConstruct
    void init() {
        ProcedureService service = procedures;
        model = new ServiceLazyModel<>(service::count, service::page)
                .within(PageRequest.PROJECT, currentProject.getId());
    }

    public ServiceLazyModel<ProcurementProcedure> getModel() {
        return model;
    }

    public ProcedureStatus[] getStatuses() {
        return ProcedureStatus.values();
    }

    public ContractType[] getContractTypes() {
        return ContractType.values();
    }
}

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

/** The list of procurement procedures of the project's partners. */
@Named
@ViewScoped
public class ProceduresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcedureService procedures;

    @Inject
    private ProjectService projects;

    private ServiceLazyModel<ProcurementProcedure> model;
    private List<Partner> partners;

    @PostConstruct
    void init() {
        ProcedureService service = procedures;
        model = new ServiceLazyModel<>(service::count, service::page);
        partners = projects.findDefault().map(p -> p.getPartners()).orElse(List.of());
    }

    public ServiceLazyModel<ProcurementProcedure> getModel() {
        return model;
    }

    public List<Partner> getPartners() {
        return partners;
    }

    public ProcedureStatus[] getStatuses() {
        return ProcedureStatus.values();
    }

    public ContractType[] getContractTypes() {
        return ContractType.values();
    }
}

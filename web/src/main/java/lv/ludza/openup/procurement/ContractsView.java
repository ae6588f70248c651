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

/** The list of contracts of the project's partners. */
@Named
@ViewScoped
public class ContractsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    @Inject
    private ProjectService projects;

    private ServiceLazyModel<Contract> model;
    private List<Partner> partners;

    @PostConstruct
    void init() {
        ContractService service = contracts;
        model = new ServiceLazyModel<>(service::count, service::page);
        partners = projects.findDefault().map(p -> p.getPartners()).orElse(List.of());
    }

    public ServiceLazyModel<Contract> getModel() {
        return model;
    }

    public List<Partner> getPartners() {
        return partners;
    }
}

package lv.ludza.openup.procurement;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.shared.ServiceLazyModel;

/** The list of contracts of the project's partners. */
@Named
@ViewScoped
public class ContractsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractService contracts;

    private ServiceLazyModel<Contract> model;

    @PostConstruct
    void init() {
        ContractService service = contracts;
        model = new ServiceLazyModel<>(service::count, service::page);
    }

    public ServiceLazyModel<Contract> getModel() {
        return model;
    }
}

package lv.ludza.openup.renovation;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.shared.ServiceLazyModel;
import lv.ludza.openup.shared.PageRequest;

/** The renovation works of the chosen project: searched, sorted and paged in the database. */
@Named
@ViewScoped
public class WorksListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorksService works;

    @Inject
    private CurrentProject currentProject;

    private ServiceLazyModel<Works> model;

    @PostConstruct
    void init() {
        WorksService service = works;
        model = new ServiceLazyModel<>(service::count, service::page).within(PageRequest.PROJECT,
                currentProject.getId());
    }

    public ServiceLazyModel<Works> getModel() {
        return model;
    }

    public java.time.LocalDate getToday() {
        return WorksView.today();
    }

    public WorksStatus[] getStatuses() {
        return WorksStatus.values();
    }
}

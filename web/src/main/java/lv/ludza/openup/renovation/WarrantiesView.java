package lv.ludza.openup.renovation;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.CurrentProject;

/** For the dashboard: the accepted works of the chosen project and when their warranty ends. */
@Named
@ViewScoped
public class WarrantiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorksService works;

    @Inject
    private CurrentProject currentProject;

    private List<Works> accepted;

    public List<Works> getAccepted() {
        if (accepted == null) {
            accepted = currentProject.getId() == null ? List.of() : works.warranties(currentProject.getId());
        }
        return accepted;
    }

    public java.time.LocalDate getToday() {
        return WorksView.today();
    }
}

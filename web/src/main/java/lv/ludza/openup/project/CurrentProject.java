package lv.ludza.openup.project;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Inject;
import jakarta.inject.Named;


/**
 * The project the user works in, chosen in the top bar among the projects they take part in: every screen shows
 * that project's records. Starts with the project of the user's own organisation.
 */
@Named
@SessionScoped
public class CurrentProject implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    // volatile: the requests of one session (several tabs) load them at once; each loads the same, any one may win
    private volatile Long id;
    private volatile List<Project> visible;

    /** The projects the user may choose from (loaded once per session; a new project shows after a new login). */
    public List<Project> getProjects() {
        if (visible == null) {
            visible = projects.visible();
        }
        return visible;
    }

    /** The current project's id (the user's own project until they choose another), or null for none. */
    public Long getId() {
        if (id == null) {
            id = projects.findDefault().map(Project::getId).orElse(null);
        }
        return id;
    }

    public void setId(Long chosen) {
        if (chosen != null && getProjects().stream().anyMatch(p -> p.getId().equals(chosen))) {
            id = chosen;
        }
    }

    /** The current project with its partners, read afresh. */
    public java.util.Optional<Project> load() {
        Long current = getId();
        return current == null ? java.util.Optional.empty() : projects.findWithPartners(current);
    }

    /**
     * After a choice in the top bar: the same list again, now of the chosen project (a GET, so nothing is posted
     * twice); a page about one record (it has view parameters) would show the other project's record, so the
     * overview opens instead.
     */
    public void chosen() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot view = faces.getViewRoot();
        String target = ViewMetadata.getViewParameters(view).isEmpty() ? view.getViewId() : "/index.xhtml";
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + target);
    }
}

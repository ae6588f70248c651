package lv.ludza.openup.events;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.shared.ServiceLazyModel;
import lv.ludza.openup.shared.PageRequest;

/** The list of the project's events: searched, filtered, sorted and paged in the database. */
@Named
@ViewScoped
public class EventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private EventService events;

    private ServiceLazyModel<Event> model;

    @PostConstruct
    void init() {
        EventService service = events;
        model = new ServiceLazyModel<>(service::count, service::page).within(PageRequest.PROJECT, currentProject.getId());
    }

    public ServiceLazyModel<Event> getModel() {
        return model;
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    public TargetGroup[] getTargetGroups() {
        return TargetGroup.values();
    }
}

package lv.ludza.openup.travel;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.shared.ServiceLazyModel;

/** The study trips of the chosen project's partners. */
@Named
@ViewScoped
public class TripsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private TripService trips;

    private ServiceLazyModel<Trip> model;

    @PostConstruct
    void init() {
        TripService service = trips;
        model = new ServiceLazyModel<>(service::count, service::page).within("organiser.project",
                currentProject.getId());
    }

    public ServiceLazyModel<Trip> getModel() {
        return model;
    }

    public Country[] getCountries() {
        return Country.values();
    }
}

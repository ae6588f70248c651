package lv.ludza.openup.travel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.shared.ServiceLazyModel;
import lv.ludza.openup.shared.PageRequest;

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
    private Map<Long, List<Destination>> further = new HashMap<>();

    @PostConstruct
    void init() {
        TripService service = trips;
        model = new ServiceLazyModel<>(service::count, service::page).within(PageRequest.PROJECT,
                currentProject.getId());
    }

    public ServiceLazyModel<Trip> getModel() {
        return model;
    }

    /** A listed trip's further destinations, read for the whole page shown at once. */
    public List<Destination> further(Trip trip) {
        if (!further.containsKey(trip.getId())) {
            List<Long> shown = model.getWrappedData() == null ? List.of(trip.getId())
                    : model.getWrappedData().stream().map(Trip::getId).collect(Collectors.toList());
            if (!shown.contains(trip.getId())) {
                shown.add(trip.getId());
            }
            further = new HashMap<>(trips.destinationsOf(shown));
        }
        return further.get(trip.getId());
    }

    public Country[] getCountries() {
        return Country.values();
    }
}

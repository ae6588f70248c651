package lv.ludza.openup.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import lv.ludza.openup.procurement.Choices;
import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.shared.ProjectTime;
import lv.ludza.openup.shared.Texts;

/** All events of the project in a month / week / list calendar, filtered by partner and type. */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private Choices choices;

    private Long partnerId;
    private EventType type;
    private LocalDate initialDate;
    private LazyScheduleModel model;

    @PostConstruct
    void init() {
        long projectId = currentProject.getId();
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                for (Event event : events.between(projectId, start.toLocalDate(), end.toLocalDate(), partnerId, type)) {
                    addEvent(DefaultScheduleEvent.builder()
                            .id(String.valueOf(event.getId()))
                            .title(event.getTitle() + " · " + event.getPartner().getShortName())
                            .description(Texts.get("events.type." + event.getType())
                                    + (event.getVenue() == null ? "" : " — " + event.getVenue()))
                            .startDate(event.getStartDate().atStartOfDay())
                            .endDate(event.getEndDate().plusDays(1).atStartOfDay())
                            .allDay(true)
                            .styleClass("ou-event-" + event.getType().name().toLowerCase(java.util.Locale.ROOT))
                            .url(context + "/events/event.xhtml?id=" + event.getId())
                            .build());
                }
            }
        };
        // the project's activities lie in the past: open the calendar where they are when today has none
        LocalDate today = LocalDate.now(lv.ludza.openup.shared.ProjectTime.ZONE);
        List<Event> around = events.between(projectId, today.minusMonths(1), today.plusMonths(2), null, null);
        if (around.isEmpty()) {
            initialDate = events.between(projectId, LocalDate.of(1900, 1, 1), LocalDate.of(2999, 1, 1), null, null)
                    .stream().map(Event::getStartDate).findFirst().orElse(today);
        } else {
            initialDate = today;
        }
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getIcalUrl() {
        return "/export/events.ics?project=" + currentProject.getId() + (partnerId == null ? "" : "&partner=" + partnerId)
                + (type == null ? "" : "&type=" + type);
    }

    public List<Partner> getPartners() {
        return choices.getPartners();
    }

    public EventType[] getTypes() {
        return EventType.values();
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public LocalDate getInitialDate() {
        return initialDate;
    }

    public void setInitialDate(LocalDate initialDate) {
        this.initialDate = initialDate;
    }
}

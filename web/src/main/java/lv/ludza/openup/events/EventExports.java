package lv.ludza.openup.events;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.reporting.ExportServlet;
import lv.ludza.openup.reporting.ExportServlet.Download;
import lv.ludza.openup.reporting.PdfExport;
import lv.ludza.openup.reporting.PdfExport.Cell;
import lv.ludza.openup.shared.Formats;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.Texts;

/**
 * The events' downloads: {@code /events/signatures.pdf?event=..&day=..} (the sheet participants sign on one day),
 * {@code /events/certificate.pdf?registration=..} (for someone who attended) and
 * {@code /events.ics?project=..[&partner=..][&type=..]} (the calendar).
 */
@ApplicationScoped
public class EventExports {

    @Inject
    private ProjectService projects;

    @Inject
    private EventService events;

    /** The download a path names, or null for none of the events'. */
    public Download export(String path, Map<String, String[]> parameters, Locale locale) {
        return switch (path) {
            case "/events/signatures.pdf" -> {
                long eventId = Long.parseLong(ExportServlet.parameter(parameters, "event"));
                LocalDate day = LocalDate.parse(ExportServlet.parameter(parameters, "day"));
                yield Download.of("signatures-" + eventId + "-" + day + ".pdf", "application/pdf",
                        out -> signatureSheet(eventId, day, locale, out));
            }
            case "/events/certificate.pdf" -> {
                long registrationId = Long.parseLong(ExportServlet.parameter(parameters, "registration"));
                yield Download.of("certificate-" + registrationId + ".pdf", "application/pdf",
                        out -> certificate(registrationId, locale, out));
            }
            case "/events.ics" -> {
                long projectId = ExportServlet.project(parameters, projects);
                String partner = ExportServlet.parameter(parameters, "partner");
                String type = ExportServlet.parameter(parameters, "type");
                yield Download.of("openup-events.ics", "text/calendar; charset=UTF-8", out -> out.write(calendar(projectId,
                        partner == null || partner.isBlank() ? null : Long.valueOf(partner),
                        type == null || type.isBlank() ? null : EventType.valueOf(type), locale)
                        .getBytes(StandardCharsets.UTF_8)));
            }
            default -> null;
        };
    }

    void signatureSheet(long eventId, LocalDate day, Locale locale, OutputStream out) {
        Event event = events.find(eventId).orElseThrow(() -> new RuleViolation("error.recordDeleted"));
        event.requireDay(day, "day");
        List<List<Cell>> rows = new ArrayList<>();
        int number = 1;
        for (Registration registration : events.registrations(eventId)) {
            if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
                rows.add(List.of(Cell.text(String.valueOf(number++)), Cell.text(registration.getName()),
                        Cell.text(registration.getOrganisation()), Cell.text("\n\n")));
            }
        }
        for (int blank = 0; blank < 5; blank++) { // for those who come without registering
            rows.add(List.of(Cell.text(String.valueOf(number++)), Cell.text(""), Cell.text(""), Cell.text("\n\n")));
        }
        try (PdfExport pdf = new PdfExport(out, false, Texts.get(locale, "pdf.programmeLine"),
                Texts.get(locale, "pdf.page"))) {
            pdf.heading(Texts.get(locale, "events.signatureSheet.title"), event.getTitle(),
                    Texts.get(locale, "events.type." + event.getType()) + " · " + event.getPartner().getShortName(),
                    (event.getVenue() == null ? "" : event.getVenue() + " · ") + Formats.date(day, locale),
                    event.getProject().getCode());
            pdf.table(new float[] { 1, 7, 7, 6 }, List.of(Texts.get(locale, "events.number"),
                    Texts.get(locale, "events.registration.name"), Texts.get(locale, "events.registration.organisation"),
                    Texts.get(locale, "events.signature")), rows);
            pdf.signatures(List.of(Texts.get(locale, "events.signatureSheet.responsible")),
                    Texts.get(locale, "events.nameDateSignature"));
        }
    }

    void certificate(long registrationId, Locale locale, OutputStream out) {
        Registration registration = events.findRegistration(registrationId)
                .orElseThrow(() -> new RuleViolation("error.recordDeleted"));
        Event event = registration.getEvent();
        List<LocalDate> days = events.attendance(event.getId()).stream()
                .filter(a -> a.getRegistration().getId().equals(registrationId)).map(Attendance::getDay).toList();
        if (days.isEmpty()) {
            throw new RuleViolation("events.certificate.notAttended");
        }
        String dates = String.join(", ", days.stream().map(d -> Formats.date(d, locale)).toList());
        try (PdfExport pdf = new PdfExport(out, false, Texts.get(locale, "pdf.programmeLine"),
                Texts.get(locale, "pdf.page"))) {
            pdf.heading(Texts.get(locale, "events.certificate.title"), event.getProject().getCode());
            pdf.paragraph(Texts.get(locale, "events.certificate.text", registration.getName(),
                    registration.getOrganisation() == null ? "" : registration.getOrganisation(), event.getTitle(),
                    event.getVenue() == null ? "" : event.getVenue(), dates, event.getPartner().getShortName()));
            pdf.signatures(List.of(Texts.get(locale, "events.certificate.issuedBy")),
                    Texts.get(locale, "events.nameDateSignature"));
        }
    }

    String calendar(long projectId, Long partnerId, EventType type, Locale locale) {
        ICal ical = new ICal(Texts.get(locale, "events.calendar"), Instant.now());
        for (Event event : events.between(projectId, LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31), partnerId,
                type)) {
            ical.event("event-" + event.getId() + "@openup.ludza.lv", event.getStartDate(), event.getEndDate(),
                    event.getTitle(), event.getVenue(), Texts.get(locale, "events.type." + event.getType()) + " — "
                            + event.getPartner().getShortName());
        }
        return ical.close();
    }
}

package lv.ludza.openup.mail;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.annotation.security.PermitAll;

import lv.ludza.openup.events.Event;
import lv.ludza.openup.events.ICal;
import lv.ludza.openup.events.Registration;
import lv.ludza.openup.security.Language;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * The mails a participant gets about their registration, in their language: the confirmation (a seat, or a place on
 * the waiting list) with the event as a calendar file, the news that a waiting-list place became a seat (with the
 * calendar file), and the confirmation of a cancellation. Queued in the transaction that registers or cancels: a
 * registration that fails sends nothing. Only for registrations with an e-mail address.
 */
@Stateless
@PermitAll
@SharedByProjects
public class ParticipantMails {

    @EJB
    private Outbox outbox;

    /** After a registration: its confirmation, a seat or the waiting list. */
    public void registered(Registration registration) {
        boolean seat = registration.getStatus() == lv.ludza.openup.events.RegistrationStatus.CONFIRMED;
        send(registration, seat ? MailKind.REGISTRATION_SEAT : MailKind.REGISTRATION_WAITING, seat ? "seat" : "waiting",
                true);
    }

    /** A place on the waiting list became a seat. */
    public void promoted(Registration registration) {
        send(registration, MailKind.REGISTRATION_PROMOTED, "promoted", true);
    }

    /** The registration was cancelled. */
    public void cancelled(Registration registration) {
        send(registration, MailKind.REGISTRATION_CANCELLED, "cancelled", false);
    }

    private void send(Registration registration, MailKind kind, String what, boolean calendar) {
        if (registration.getEmail() == null || registration.getEmail().isBlank()) {
            return;
        }
        Event event = registration.getEvent();
        Language language = registration.mailLanguage();
        String when = event.getStartDate().equals(event.getEndDate())
                ? MailTemplates.date(language, event.getStartDate())
                : MailTemplates.date(language, event.getStartDate()) + "–" + MailTemplates.date(language, event.getEndDate());
        String venue = event.getVenue() == null ? "" : event.getVenue();
        String organiser = event.getPartner() == null ? "" : event.getPartner().getLegalName();
        MailTemplates.Composed mail = MailTemplates.compose(language,
                MailTemplates.text(language, "registration." + what + ".subject", event.getTitle()),
                MailTemplates.text(language, "mail.greeting", registration.getName()),
                MailTemplates.text(language, "registration." + what + ".intro", event.getTitle(), when, venue),
                List.of(new MailTemplates.Section(MailTemplates.text(language, "registration.event"), List.of(
                        new MailTemplates.Line(event.getTitle(), null),
                        new MailTemplates.Line(MailTemplates.text(language, "registration.when", when), null),
                        new MailTemplates.Line(MailTemplates.text(language, "registration.where", venue), null),
                        new MailTemplates.Line(MailTemplates.text(language, "registration.organiser", organiser), null)),
                        0)),
                MailTemplates.text(language, "registration.footer", organiser));
        OutgoingMail outgoing = new OutgoingMail("registration:" + registration.getId() + ":" + what, kind,
                registration.getEmail(), registration.getName(), null, language, mail.subject(), mail.text(),
                mail.html(), Instant.now());
        if (calendar) {
            String description = event.getPartner() == null ? null : organiser;
            outgoing.attach("event.ics", "text/calendar; method=PUBLISH",
                    new ICal(event.getTitle(), Instant.now()).method("PUBLISH").event("openup-event-" + event.getId() + "@ludza.lv",
                            event.getStartDate(), event.getEndDate(), event.getTitle(), event.getVenue(), description)
                            .close());
        }
        outbox.queue(outgoing);
    }
}

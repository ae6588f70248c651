package lv.ludza.openup.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lv.ludza.openup.security.Language;
import lv.ludza.openup.security.Role;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.ServerSettings;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * The outbox: every mail is queued here in the transaction that decides it, and sent once that commits. The
 * administrator's mail page reads it: the mail server's settings, the counts, every mail with its outcome, and sends a
 * test mail or a failed one again.
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
@SharedByProjects
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MailQueued> queuedEvent;

    /** Whether a mail server is configured (OPENUP_SMTP_HOST): without one, nothing is queued. */
    @PermitAll
    public boolean configured() {
        return ServerSettings.smtpHost().isPresent();
    }

    /**
     * Queues a mail, unless no mail server is configured or a mail with its key was queued before (the same mail is
     * never sent twice).
     *
     * @return whether it was queued
     */
    @PermitAll
    public boolean queue(OutgoingMail mail) {
        if (!configured() || !em.createQuery("SELECT m.id FROM OutgoingMail m WHERE m.key = :key", Long.class)
                .setParameter("key", mail.getKey()).getResultList().isEmpty()) {
            return false;
        }
        em.persist(mail);
        em.flush();
        queuedEvent.fire(new MailQueued(mail.getId()));
        return true;
    }

    /** A test mail to the address, in the language: tells whether the mail server takes the application's mail. */
    public void sendTest(String address, Language language) {
        if (!configured()) {
            throw new RuleViolation("mail.notConfigured");
        }
        if (address == null || !address.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw RuleViolation.onField("testAddress", "mail.testAddressInvalid");
        }
        MailTemplates.Composed mail = MailTemplates.compose(language, MailTemplates.text(language, "test.subject"),
                MailTemplates.text(language, "mail.greeting", address.strip()), MailTemplates.text(language, "test.intro",
                        ServerSettings.smtpHost().orElse(""), ServerSettings.smtpPort()),
                List.of(), MailTemplates.text(language, "test.footer"));
        queue(new OutgoingMail("test:" + UUID.randomUUID(), MailKind.TEST, address.strip(), null, null, language,
                mail.subject(), mail.text(), mail.html(), Instant.now()));
    }

    /** Sends a failed (or still waiting) mail again now. */
    public void sendAgain(@RecordId(OutgoingMail.class) long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        if (mail.sendAgain(Instant.now())) {
            queuedEvent.fire(new MailQueued(id));
        }
    }

    /** How many mails of the last days stand in each state (sent, waiting, failed...). */
    public Map<MailStatus, Long> counts(int days) {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createNamedQuery("OutgoingMail.count", Object[].class)
                .setParameter("since", Instant.now().minus(days, ChronoUnit.DAYS)).getResultList()) {
            counts.put((MailStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    public long countMails(Map<String, String> filters) {
        return mails().count(filters);
    }

    /** The outbox, newest first unless sorted otherwise; filtered by recipient, subject, kind and state. */
    public List<OutgoingMail> mails(PageRequest request) {
        return mails().page(request);
    }

    /** A mail as it was sent, for the mail page's view of it. */
    public OutgoingMail mail(@RecordId(OutgoingMail.class) long id) {
        return em.find(OutgoingMail.class, id);
    }

    private ListQuery<OutgoingMail> mails() {
        return new ListQuery<>(em, OutgoingMail.class, Set.of("recipient", "subject"), Set.of("kind", "status"),
                "createdAt").alsoSortedBy("createdAt", "sentAt", "attempts");
    }

    /** Today in Riga, the day the digest runs for. */
    @PermitAll
    public LocalDate today() {
        return LocalDate.now(lv.ludza.openup.inventory.InventoryService.RIGA);
    }
}

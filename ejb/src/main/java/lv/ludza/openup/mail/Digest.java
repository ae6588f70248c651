package lv.ludza.openup.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lv.ludza.openup.security.AppUser;
import lv.ludza.openup.security.Language;
import lv.ludza.openup.security.Role;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.ServerSettings;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * The daily digest: every morning, each user who has something to act on and gets the digest that weekday is sent
 * one mail in their language listing it, each line with a link. A persistent EJB timer, so that it runs once a day
 * even with several servers (and a day's run is recorded under a unique day, so a second server's run stops).
 */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
@SharedByProjects
public class Digest {

    private static final Logger LOG = Logger.getLogger(Digest.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Outbox outbox;

    @Resource
    private SessionContext context;

    /** Every morning at 6:30 Riga time. */
    @Schedule(hour = "6", minute = "30", timezone = "Europe/Riga", persistent = true, info = "openup-digest")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void daily(Timer timer) {
        context.getBusinessObject(Digest.class).run(LocalDate.now(lv.ludza.openup.inventory.InventoryService.RIGA));
    }

    /**
     * The digests of a day, queued (each user's at most once: its key is the user and the day). Nothing when the day
     * already ran, or when no mail server is configured. The timer's method; the administrator's "send today's
     * digest now".
     *
     * @return how many digests were queued, or -1 when the day had run already
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(LocalDate day) {
        Digest self = context.getBusinessObject(Digest.class);
        Long runId = self.start(day);
        if (runId == null) {
            LOG.info("digest of " + day + ": already ran");
            return -1;
        }
        return self.queueAll(runId, day);
    }

    /** Records the day's run; null when it is there already (another server, or an earlier run). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Long start(LocalDate day) {
        if (!em.createQuery("SELECT r.id FROM DigestRun r WHERE r.runOn = :day", Long.class).setParameter("day", day)
                .getResultList().isEmpty()) {
            return null;
        }
        DigestRun run = new DigestRun(day);
        em.persist(run);
        em.flush(); // a second server's insert of the same day fails here, on the unique day
        return run.getId();
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int queueAll(long run, LocalDate day) {
        List<AppUser> users = recipients();
        DigestItems items = new DigestItems(em, day, ServerSettings.digestKeepUntilMonths(),
                ServerSettings.digestReportDays());
        int asked = 0;
        int queued = 0;
        for (AppUser user : users) {
            if (!user.getsDigestOn(day.getDayOfWeek())) {
                continue;
            }
            asked++;
            MailTemplates.Composed mail = compose(user, items.of(user), day);
            if (mail != null && outbox.queue(new OutgoingMail("digest:" + user.getId() + ":" + day, MailKind.DIGEST,
                    user.getEmail(), user.getFullName(), user, user.getLanguage(), mail.subject(), mail.text(),
                    mail.html(), Instant.now()))) {
                queued++;
            }
        }
        em.find(DigestRun.class, run).finish(asked, queued, Instant.now());
        LOG.info("digest of " + day + ": " + asked + " users asked, " + queued + " digests queued");
        return queued;
    }

    /**
     * The digest a user would get on a day, as it would be sent (null when there is nothing for them): the mail page
     * shows it, with or without a mail server.
     */
    public MailTemplates.Composed preview(@RecordId(AppUser.class) long userId, LocalDate day) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null) {
            return null;
        }
        return compose(user, new DigestItems(em, day, ServerSettings.digestKeepUntilMonths(),
                ServerSettings.digestReportDays()).of(user), day);
    }

    /** A user's digest of a day as the mail page shows it: whose, and the mail (null when nothing needs them). */
    public record Preview(Long userId, MailTemplates.Composed mail) implements java.io.Serializable {
    }

    /**
     * The digest of the first user (by user name) something needs on the day, for the mail page's first look: the
     * day's items read once for all users.
     */
    public Preview firstPreview(LocalDate day) {
        DigestItems items = new DigestItems(em, day, ServerSettings.digestKeepUntilMonths(),
                ServerSettings.digestReportDays());
        for (AppUser user : recipients()) {
            MailTemplates.Composed mail = compose(user, items.of(user), day);
            if (mail != null) {
                return new Preview(user.getId(), mail);
            }
        }
        return new Preview(null, null);
    }

    /** The users a digest can go to: active, with an e-mail address; with their roles and partner. */
    public List<AppUser> recipients() {
        return em.createQuery("SELECT DISTINCT u FROM AppUser u LEFT JOIN FETCH u.partner LEFT JOIN FETCH u.roles"
                + " WHERE u.active = TRUE AND u.email IS NOT NULL AND u.email <> '' ORDER BY u.username", AppUser.class)
                .getResultList();
    }

    /** The latest runs, newest first. */
    public List<DigestRun> latestRuns(int count) {
        return em.createNamedQuery("DigestRun.latest", DigestRun.class).setMaxResults(count).getResultList();
    }

    private static MailTemplates.Composed compose(AppUser user, Map<DigestItems.Kind, List<MailTemplates.Line>> found,
            LocalDate day) {
        if (found.isEmpty()) {
            return null;
        }
        Language language = user.getLanguage();
        List<MailTemplates.Section> sections = new ArrayList<>();
        int total = 0;
        for (Map.Entry<DigestItems.Kind, List<MailTemplates.Line>> entry : found.entrySet()) {
            List<MailTemplates.Line> lines = entry.getValue();
            total += lines.size();
            int shown = Math.min(lines.size(), DigestItems.MOST_PER_SECTION);
            sections.add(new MailTemplates.Section(MailTemplates.text(language, "digest.section." + entry.getKey()),
                    lines.subList(0, shown), lines.size() - shown));
        }
        return MailTemplates.compose(language, MailTemplates.text(language, "digest.subject", total, day),
                MailTemplates.text(language, "mail.greeting", user.getFullName()),
                MailTemplates.text(language, "digest.intro", day),
                sections, MailTemplates.text(language, "digest.footer", MailTemplates.link("/account/index.xhtml")));
    }
}

package lv.ludza.openup.monitoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import lv.ludza.openup.procurement.ReportStatus;
import lv.ludza.openup.security.LoginOutcome;

/**
 * The application's own metrics, in WildFly's Micrometer registry (served as Prometheus text on {@code /metrics}
 * of the management interface): logins by outcome (counted on this node since it started), and what the database
 * holds, the same on every node ({@link MetricsRefresh} reads it every 15 s): documents and their bytes, open
 * defects, overdue loans, expenditure items by the status of their partner report. Without WildFly's micrometer
 * subsystem (monitoring.cli not applied) there is no registry and nothing is counted.
 */
@ApplicationScoped
public class ApplicationMetrics {

    /** The expenditure items that are in no partner report yet (no reporting period, or its report not opened). */
    static final String UNREPORTED = "UNREPORTED";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ApplicationMetrics.class.getName());

    @Inject
    private Instance<MeterRegistry> registries;

    private Counter loginsOk;
    private Counter loginsFailed;
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong documentBytes = new AtomicLong();
    private final AtomicLong openDefects = new AtomicLong();
    private final AtomicLong overdueLoans = new AtomicLong();
    private final AtomicLong unreportedItems = new AtomicLong();
    private final Map<ReportStatus, AtomicLong> itemsByStatus = new EnumMap<>(ReportStatus.class);
    private final Map<lv.ludza.openup.mail.MailStatus, AtomicLong> mailsByStatus = new EnumMap<>(
            lv.ludza.openup.mail.MailStatus.class);

    @PostConstruct
    void register() {
        for (ReportStatus status : ReportStatus.values()) {
            itemsByStatus.put(status, new AtomicLong());
        }
        for (lv.ludza.openup.mail.MailStatus status : lv.ludza.openup.mail.MailStatus.values()) {
            mailsByStatus.put(status, new AtomicLong());
        }
        if (!registries.isResolvable()) {
            LOG.warning("No Micrometer registry (wildfly-config/cli/monitoring.cli not applied?): the application's"
                    + " metrics are not counted");
            return;
        }
        MeterRegistry registry = registries.get();
        removeMeters(registry); // an earlier deployment's, left behind: they would hold its values
        // (the registry's own counter and gauge methods: WildFly 39's application registry keeps meters registered
        // through Micrometer's builders to itself, out of /metrics; what the meters mean is in the README)
        loginsOk = registry.counter("openup.logins", Tags.of("outcome", "ok"));
        loginsFailed = registry.counter("openup.logins", Tags.of("outcome", "failed"));
        registry.gauge("openup.documents.stored", Tags.empty(), documents, AtomicLong::get);
        registry.gauge("openup.documents.bytes", Tags.empty(), documentBytes, AtomicLong::get);
        registry.gauge("openup.defects.open", Tags.empty(), openDefects, AtomicLong::get);
        registry.gauge("openup.loans.overdue", Tags.empty(), overdueLoans, AtomicLong::get);
        itemsByStatus.forEach((status, count) -> registry.gauge("openup.expenditure.items",
                Tags.of("report_status", status.name()), count, AtomicLong::get));
        registry.gauge("openup.expenditure.items", Tags.of("report_status", UNREPORTED), unreportedItems,
                AtomicLong::get);
        // the outbox: a failed mail is worth an alert
        mailsByStatus.forEach((status, count) -> registry.gauge("openup.mails", Tags.of("status", status.name()), count,
                AtomicLong::get));
    }

    /** The meters go with the deployment (a redeployment registers them anew, holding the new values). */
    @PreDestroy
    void unregister() {
        if (registries.isResolvable()) {
            removeMeters(registries.get());
        }
    }

    private static void removeMeters(MeterRegistry registry) {
        registry.getMeters().stream().filter(meter -> meter.getId().getName().startsWith("openup."))
                .forEach(registry::remove);
    }

    /** Counts an attempt to log in (a step that is not a login or a refusal, e.g. the password before the code, is not counted). */
    public void loginAttempted(LoginOutcome outcome) {
        Counter counter = switch (outcome) {
            case SUCCESS -> loginsOk;
            case PASSWORD_ACCEPTED, RELEASED -> null;
            default -> loginsFailed;
        };
        if (counter != null) {
            counter.increment();
        }
    }

    /** What the database holds now. */
    void measured(long documentCount, long bytes, long defects, long loans, Map<ReportStatus, Long> items, long unreported) {
        documents.set(documentCount);
        documentBytes.set(bytes);
        openDefects.set(defects);
        overdueLoans.set(loans);
        itemsByStatus.forEach((status, count) -> count.set(items.getOrDefault(status, 0L)));
        unreportedItems.set(unreported);
    }

    /** The outbox's mails per state, now. */
    void mails(Map<lv.ludza.openup.mail.MailStatus, Long> mails) {
        mailsByStatus.forEach((status, count) -> count.set(mails.getOrDefault(status, 0L)));
    }
}

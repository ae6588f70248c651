package lv.ludza.openup.monitoring;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import lv.ludza.openup.inventory.InventoryService;
import lv.ludza.openup.procurement.ReportStatus;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * Reads what the metrics show from the database, at start and every 15 seconds on each node (a timer of this node
 * only: every node serves its own {@code /metrics}). Six aggregate queries on indexed columns, nothing per record;
 * plain SQL, outside Hibernate (its statement statistics, which tests count, are not touched by the timer).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@SharedByProjects
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsRefresh {

    private static final Logger LOG = Logger.getLogger(MetricsRefresh.class.getName());

    @Resource(lookup = "java:jboss/datasources/OpenUpDS")
    private DataSource dataSource;

    @Inject
    private ApplicationMetrics metrics;

    @PostConstruct
    void start() {
        refresh();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "openup-metrics")
    void refresh() {
        try (Connection db = dataSource.getConnection()) {
            long[] documents = longs(db, "SELECT COUNT(*), COALESCE(SUM(size_bytes), 0) FROM document", 2);
            long defects = longs(db, "SELECT COUNT(*) FROM works_defect WHERE status = 'OPEN'", 1)[0];
            long loans;
            try (PreparedStatement overdue = db.prepareStatement(
                    "SELECT COUNT(*) FROM asset WHERE status = 'LENT_OUT' AND due_on < ?")) {
                overdue.setDate(1, Date.valueOf(LocalDate.now(InventoryService.RIGA)));
                try (ResultSet row = overdue.executeQuery()) {
                    row.next();
                    loans = row.getLong(1);
                }
            }
            Map<ReportStatus, Long> items = new EnumMap<>(ReportStatus.class);
            try (PreparedStatement byStatus = db.prepareStatement("SELECT r.status, COUNT(*) FROM expenditure_item i"
                    + " JOIN partner_report r ON r.partner_id = i.partner_id AND r.period_id = i.period_id"
                    + " GROUP BY r.status"); ResultSet rows = byStatus.executeQuery()) {
                while (rows.next()) {
                    items.put(ReportStatus.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            long all = longs(db, "SELECT COUNT(*) FROM expenditure_item", 1)[0];
            long reported = items.values().stream().mapToLong(Long::longValue).sum();
            metrics.measured(documents[0], documents[1], defects, loans, items, all - reported);
            Map<lv.ludza.openup.mail.MailStatus, Long> mails = new EnumMap<>(lv.ludza.openup.mail.MailStatus.class);
            try (PreparedStatement byStatus = db.prepareStatement(
                    "SELECT status, COUNT(*) FROM outgoing_mail GROUP BY status"); ResultSet rows = byStatus.executeQuery()) {
                while (rows.next()) {
                    mails.put(lv.ludza.openup.mail.MailStatus.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            metrics.mails(mails);
        } catch (SQLException | RuntimeException unreachable) {
            // (the database away: the figures stay as they were; the readiness check says why)
            LOG.log(Level.FINE, "metrics not refreshed", unreachable);
        }
    }

    private static long[] longs(Connection db, String sql, int columns) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            long[] values = new long[columns];
            for (int i = 0; i < columns; i++) {
                values[i] = row.getLong(i + 1);
            }
            return values;
        }
    }
}

package lv.ludza.openup.monitoring;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import lv.ludza.openup.inventory.AssetStatus;
import lv.ludza.openup.inventory.InventoryService;
import lv.ludza.openup.procurement.ReportStatus;
import lv.ludza.openup.renovation.DefectStatus;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * Reads what the metrics show from the database, at start and every 15 seconds on each node (a timer of this node
 * only: every node serves its own {@code /metrics}). Five aggregate queries on indexed columns; nothing per record.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@SharedByProjects
public class MetricsRefresh {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApplicationMetrics metrics;

    @PostConstruct
    void start() {
        refresh();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false, info = "openup-metrics")
    void refresh() {
        Object[] documents = em.createQuery("SELECT COUNT(d), COALESCE(SUM(d.sizeBytes), 0) FROM Document d",
                Object[].class).getSingleResult();
        long defects = em.createQuery("SELECT COUNT(d) FROM Defect d WHERE d.status = :open", Long.class)
                .setParameter("open", DefectStatus.OPEN).getSingleResult();
        long loans = em.createQuery("SELECT COUNT(a) FROM Asset a WHERE a.status = :lent AND a.dueOn < :today",
                Long.class).setParameter("lent", AssetStatus.LENT_OUT)
                .setParameter("today", LocalDate.now(InventoryService.RIGA)).getSingleResult();
        Map<ReportStatus, Long> items = new EnumMap<>(ReportStatus.class);
        for (Object[] row : em.createQuery("SELECT r.status, COUNT(i) FROM ExpenditureItem i, PartnerReport r"
                + " WHERE r.partner = i.partner AND r.period = i.period GROUP BY r.status", Object[].class)
                .getResultList()) {
            items.put((ReportStatus) row[0], (Long) row[1]);
        }
        long all = em.createQuery("SELECT COUNT(i) FROM ExpenditureItem i", Long.class).getSingleResult();
        long reported = items.values().stream().mapToLong(Long::longValue).sum();
        metrics.measured(((Number) documents[0]).longValue(), ((Number) documents[1]).longValue(), defects, loans,
                items, all - reported);
    }
}

package lv.ludza.openup.project;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.security.CallerScope;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.DateRange;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;

/** Projects and their partners. Everybody who logs in reads them; the coordinator and admin edit them. */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class ProjectService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The projects the caller may see, by code: all for the administrator and the auditor ({@link CallerScope}). */
    public List<Project> findAll() {
        CallerScope scope = CallerScope.current();
        return em.createNamedQuery("Project.findAll", Project.class).getResultList().stream()
                .filter(project -> scope.sees(project.getId())).toList();
    }

    /**
     * The project a user starts in: the project of the user's own partner, else the first one they take part in
     * (OPEN UP in the demo).
     */
    public Optional<Project> findDefault() {
        // the id only: a proxy of the project in this persistence context would be returned by the query below
        Optional<Long> own = em.createQuery("SELECT u.partner.project.id FROM AppUser u WHERE u.username = :username",
                Long.class).setParameter("username", context.getCallerPrincipal().getName())
                .getResultStream().findFirst();
        return own.isPresent() ? findWithPartners(own.get()) : visible().stream().findFirst();
    }

    /**
     * The projects the caller takes part in, with their partners: the administrator and the auditor see all;
     * everybody else the projects in which their organisation is a partner ({@link CallerScope}).
     */
    public List<Project> visible() {
        CallerScope scope = CallerScope.current();
        return em.createNamedQuery("Project.allWithPartners", Project.class).getResultList().stream()
                .filter(project -> scope.sees(project.getId())).toList();
    }

    /** A partner of a project. */
    public Optional<Partner> partner(@RecordId(Partner.class) long id) {
        return Optional.ofNullable(em.find(Partner.class, id));
    }

    /** A project with its partners loaded, in one query. */
    public Optional<Project> findWithPartners(@RecordId(Project.class) long id) {
        return em.createNamedQuery("Project.withPartners", Project.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * Saves a project edited on a screen.
     *
     * @throws lv.ludza.openup.shared.ConcurrentChangeException when someone else saved it in the meantime
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
    public Project save(@NotNull @Valid Project project) {
        Project saved = Records.save(em, project);
        return findWithPartners(saved.getId()).orElseThrow();
    }

    /**
     * Saves a partner's legal data, VAT status and co-financing rate.
     *
     * @throws lv.ludza.openup.shared.ConcurrentChangeException when someone else saved it in the meantime
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
    public Partner savePartner(@NotNull @Valid Partner partner) {
        return Records.save(em, partner);
    }

    /** The project's reporting periods in order. */
    public List<ReportingPeriod> periodsOf(@RecordId(Project.class) long projectId) {
        return em.createNamedQuery("ReportingPeriod.ofProject", ReportingPeriod.class)
                .setParameter("project", projectId).getResultList();
    }

    /**
     * Adds a reporting period after the others (numbered on) or changes one as it was shown.
     *
     * @param periodId null for a new period
     * @throws RuleViolation {@code reportingPeriod.outsideProject}, {@code reportingPeriod.overlaps} or
     *         {@code reportingPeriod.itemsOutside} (expenditure already in it would fall outside)
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
    public ReportingPeriod savePeriod(@RecordId(Project.class) long projectId, @RecordId(ReportingPeriod.class) Long periodId, long version, @NotNull DateRange range) {
        Project project = em.find(Project.class, projectId);
        if (!project.getPeriod().contains(range)) {
            throw RuleViolation.onField("start", "reportingPeriod.outsideProject", project.getPeriod().start(),
                    project.getPeriod().end());
        }
        List<ReportingPeriod> periods = periodsOf(projectId);
        periods.stream()
                .filter(other -> !other.getId().equals(periodId) && other.getPeriod().overlaps(range))
                .findFirst()
                .ifPresent(other -> {
                    throw RuleViolation.onField("start", "reportingPeriod.overlaps", other.getNumber());
                });
        if (periodId == null) {
            int next = periods.stream().mapToInt(ReportingPeriod::getNumber).max().orElse(0) + 1;
            ReportingPeriod period = new ReportingPeriod(project, next, range);
            em.persist(period);
            return period;
        }
        ReportingPeriod period = current(periodId, version);
        long outside = em.createQuery("SELECT COUNT(e) FROM ExpenditureItem e WHERE e.period.id = :period"
                + " AND (e.paidOn < :start OR e.paidOn > :end)", Long.class)
                .setParameter("period", periodId).setParameter("start", range.start())
                .setParameter("end", range.end()).getSingleResult();
        if (outside > 0) {
            throw RuleViolation.onField("start", "reportingPeriod.itemsOutside", outside);
        }
        period.setPeriod(range);
        em.flush();
        return period;
    }

    /** @throws RuleViolation {@code reportingPeriod.inUse} while expenditure or reports belong to it */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
    public void deletePeriod(@RecordId(ReportingPeriod.class) long periodId, long version) {
        ReportingPeriod period = current(periodId, version);
        long used = em.createQuery("SELECT COUNT(e) FROM ExpenditureItem e WHERE e.period.id = :period", Long.class)
                .setParameter("period", periodId).getSingleResult()
                + em.createQuery("SELECT COUNT(r) FROM PartnerReport r WHERE r.period.id = :period", Long.class)
                        .setParameter("period", periodId).getSingleResult();
        if (used > 0) {
            throw new RuleViolation("reportingPeriod.inUse", period.getNumber());
        }
        em.remove(period);
    }

    private ReportingPeriod current(long periodId, long version) {
        return Records.current(em, ReportingPeriod.class, periodId, version);
    }
}

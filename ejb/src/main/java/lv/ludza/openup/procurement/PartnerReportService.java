package lv.ludza.openup.procurement;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;
import static lv.ludza.openup.shared.ProjectTime.today;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.security.PartnerScope;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;

/**
 * Partner reports: each partner's expenditure of a reporting period with totals per category and the ERDF share,
 * on its way draft → submitted → in control → certified, with the controller's verdict per item. Totals are
 * summed in the database.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class PartnerReportService {


    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Every partner × period of the project with its status and totals: three statements, any size. */
    public List<ReportSummary> overview(@NotNull Project project) {
        List<ReportingPeriod> periods = em.createNamedQuery("ReportingPeriod.ofProject", ReportingPeriod.class)
                .setParameter("project", project.getId()).getResultList();
        Map<String, PartnerReport> reports = new HashMap<>();
        em.createNamedQuery("PartnerReport.ofProject", PartnerReport.class)
                .setParameter("project", project.getId()).getResultList()
                .forEach(r -> reports.put(key(r.getPartner().getId(), r.getPeriod().getId()), r));
        // per partner and period: declared, certified, items; staff costs also carry the office flat rate
        BigDecimal flatRate = BigDecimal.ONE.add(project.getOfficeFlatRate());
        Map<String, Totals> totals = new HashMap<>();
        for (Object[] row : rows("SELECT t.partner_id, t.period_id, t.category, t.declared, t.certified, t.items"
                + " FROM spending_by_period t JOIN partner p ON p.id = t.partner_id WHERE p.project_id = ?1",
                project.getId())) {
            boolean staff = CostCategory.STAFF.name().equals(row[2]);
            Money declared = staff ? money(row[3]).times(flatRate) : money(row[3]);
            Money certified = staff ? money(row[4]).times(flatRate) : money(row[4]);
            totals.merge(key(((Number) row[0]).longValue(), ((Number) row[1]).longValue()),
                    new Totals(declared, certified, ((Number) row[5]).longValue()), Totals::plus);
        }
        List<ReportSummary> summaries = new ArrayList<>();
        for (ReportingPeriod period : periods) {
            for (Partner partner : project.getPartners()) {
                String key = key(partner.getId(), period.getId());
                PartnerReport report = reports.get(key);
                Totals sums = totals.getOrDefault(key, new Totals(Money.ZERO, Money.ZERO, 0));
                summaries.add(new ReportSummary(partner, period,
                        report == null ? ReportStatus.DRAFT : report.getStatus(), sums.declared(), sums.certified(),
                        sums.items()));
            }
        }
        return summaries;
    }

    /**
     * One partner's report for one period: the report row (if started) and the totals, from the spending totals
     * (the same four statements at 50,000 items as at 5). Its items a list pages ({@link ExpenditureService#page}
     * filtered by partner and period) and an export streams ({@link #items}).
     */
    public ReportContent report(@RecordId(Partner.class) long partnerId, @RecordId(ReportingPeriod.class) long periodId) {
        Partner partner = em.createQuery("SELECT p FROM Partner p JOIN FETCH p.project WHERE p.id = :id",
                Partner.class).setParameter("id", partnerId).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("error.recordDeleted"));
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        if (period == null || !period.getProject().equals(partner.getProject())) {
            throw new RuleViolation("error.recordDeleted");
        }
        PartnerReport report = find(partnerId, periodId);
        Map<CostCategory, CategoryTotal> byCategory = new EnumMap<>(CostCategory.class);
        long items = 0;
        long withoutVerdict = 0;
        for (Object row : em.createNativeQuery("SELECT category, declared, certified, items, judged"
                + " FROM spending_by_period WHERE partner_id = ?1 AND period_id = ?2 ORDER BY category")
                .setParameter(1, partnerId).setParameter(2, periodId).getResultList()) {
            Object[] total = (Object[]) row;
            CostCategory category = CostCategory.valueOf((String) total[0]);
            long count = ((Number) total[3]).longValue();
            byCategory.put(category, new CategoryTotal(category, money(total[1]), money(total[2]), count));
            items += count;
            withoutVerdict += count - ((Number) total[4]).longValue();
        }
        CategoryTotal staff = byCategory.get(CostCategory.STAFF);
        if (staff != null) {
            BigDecimal rate = partner.getProject().getOfficeFlatRate();
            byCategory.put(CostCategory.OFFICE_ADMINISTRATION, new CategoryTotal(CostCategory.OFFICE_ADMINISTRATION,
                    staff.declared().times(rate), staff.certified().times(rate), 0));
        }
        return new ReportContent(partner, period, report == null ? ReportStatus.DRAFT : report.getStatus(),
                report == null ? null : report.getId(), report == null ? 0 : report.getVersion(),
                report == null ? null : report.getSubmittedOn(), report == null ? null : report.getCertifiedOn(),
                items, new ArrayList<>(byCategory.values()), withoutVerdict);
    }

    /**
     * Hands the report's items to {@code sink} in the report's order (category, date paid), read by a database
     * cursor and forgotten batch by batch: an export of 50,000 items holds a few hundred at a time.
     *
     * @return how many there were
     */
    public long items(@RecordId(Partner.class) long partnerId, @RecordId(ReportingPeriod.class) long periodId,
            @NotNull java.util.function.Consumer<ExpenditureItem> sink) {
        long count = 0;
        try (java.util.stream.Stream<ExpenditureItem> items = em.createNamedQuery("ExpenditureItem.ofReport",
                ExpenditureItem.class).setParameter("partner", partnerId).setParameter("period", periodId)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, EXPORT_BATCH).getResultStream()) {
            java.util.Iterator<ExpenditureItem> each = items.iterator();
            while (each.hasNext()) {
                sink.accept(each.next());
                if (++count % EXPORT_BATCH == 0) {
                    em.clear();
                }
            }
        }
        return count;
    }

    /** Items an export holds in the persistence context at most. */
    private static final int EXPORT_BATCH = 500;

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long projectId) {
        return em.createNativeQuery(sql).setParameter(1, projectId).getResultList();
    }

    /**
     * Submits the partner's report of the period (started on the way if it wasn't).
     *
     * @param version the report's version as shown (0 when it was not started)
     * @throws RuleViolation {@code report.empty}, {@code report.transition}
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public void submit(@RecordId(Partner.class) long partnerId, @RecordId(ReportingPeriod.class) long periodId, long version) {
        Partner partner = em.find(Partner.class, partnerId);
        PartnerScope.requireMoneyOf(em, context, partner);
        PartnerReport report = find(partnerId, periodId);
        if (report == null) {
            if (version != 0) {
                throw new RuleViolation("error.recordDeleted");
            }
            report = new PartnerReport(partner, em.find(ReportingPeriod.class, periodId));
            em.persist(report);
        } else {
            requireVersion(report, version);
        }
        long items = em.createQuery("SELECT COUNT(e) FROM ExpenditureItem e WHERE e.partner.id = :partner"
                + " AND e.period.id = :period", Long.class)
                .setParameter("partner", partnerId).setParameter("period", periodId).getSingleResult();
        report.submit(today(), items);
        em.flush();
    }

    /** The first level controller has started checking the report. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public void startControl(@RecordId(PartnerReport.class) long reportId, long version) {
        PartnerReport report = current(reportId, version);
        PartnerScope.requireMoneyOf(em, context, report.getPartner());
        report.startControl();
        em.flush();
    }

    /** @throws RuleViolation {@code report.verdictsMissing} while an item is without a verdict */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public void certify(@RecordId(PartnerReport.class) long reportId, long version) {
        PartnerReport report = current(reportId, version);
        PartnerScope.requireMoneyOf(em, context, report.getPartner());
        long open = em.createQuery("SELECT COUNT(e) FROM ExpenditureItem e WHERE e.partner = :partner"
                + " AND e.period = :period AND e.verdict IS NULL", Long.class)
                .setParameter("partner", report.getPartner()).setParameter("period", report.getPeriod())
                .getSingleResult();
        report.certify(today(), open);
        em.flush();
    }

    /** Back to a draft: the coordinator's decision only. */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE })
    public void reopen(@RecordId(PartnerReport.class) long reportId, long version) {
        current(reportId, version).reopen();
        em.flush();
    }

    /**
     * Records the controller's verdict on an item, as it was shown, while its report is in control.
     *
     * @throws RuleViolation {@code report.notInControl} and the rules of {@link ExpenditureItem#judge}
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public ExpenditureItem judge(@RecordId(ExpenditureItem.class) long itemId, long version, @NotNull Verdict verdict, Money certified, String reason) {
        ExpenditureItem item = Records.current(em, ExpenditureItem.class, itemId, version);
        PartnerScope.requireMoneyOf(em, context, item.getPartner());
        PartnerReport report = find(item.getPartner().getId(), item.getPeriod().getId());
        if (report == null) {
            throw new RuleViolation("report.notInControl", ReportStatus.DRAFT);
        }
        report.requireInControl();
        item.judge(verdict, certified, reason);
        em.flush();
        return item;
    }

    private PartnerReport find(long partnerId, long periodId) {
        return em.createNamedQuery("PartnerReport.of", PartnerReport.class)
                .setParameter("partner", partnerId).setParameter("period", periodId)
                .getResultStream().findFirst().orElse(null);
    }

    private PartnerReport current(long reportId, long version) {
        return Records.current(em, PartnerReport.class, reportId, version);
    }

    private static void requireVersion(PartnerReport report, long version) {
        if (report.getVersion() != version) {
            throw new ConcurrentChangeException(report.getUpdatedBy());
        }
    }

    private static String key(long partnerId, long periodId) {
        return partnerId + "/" + periodId;
    }

    private static Money money(Object sum) {
        return sum == null ? Money.ZERO : Money.eur((BigDecimal) sum);
    }

    private record Totals(Money declared, Money certified, long items) {

        Totals plus(Totals other) {
            return new Totals(declared.plus(other.declared), certified.plus(other.certified), items + other.items);
        }
    }

    /** A partner's report of one period as a row of the overview (office and administration included). */
    public record ReportSummary(Partner partner, ReportingPeriod period, ReportStatus status, Money declared,
            Money certified, long items) implements Serializable {

        public Money erdfDeclared() {
            return declared.times(partner.getErdfRate());
        }
    }

    /** Declared and certified amounts of one cost category in a report. */
    public record CategoryTotal(CostCategory category, Money declared, Money certified, long items)
            implements Serializable {
    }

    /** Everything a partner report shows and exports. */
    public record ReportContent(Partner partner, ReportingPeriod period, ReportStatus status, Long reportId,
            long reportVersion, LocalDate submittedOn, LocalDate certifiedOn, long items,
            List<CategoryTotal> totals, long withoutVerdict) implements Serializable {

        public Money declared() {
            return totals.stream().map(CategoryTotal::declared).reduce(Money.ZERO, Money::plus);
        }

        public Money certified() {
            return totals.stream().map(CategoryTotal::certified).reduce(Money.ZERO, Money::plus);
        }

        public Money erdfDeclared() {
            return declared().times(partner.getErdfRate());
        }

        public Money erdfCertified() {
            return certified().times(partner.getErdfRate());
        }
    }
}

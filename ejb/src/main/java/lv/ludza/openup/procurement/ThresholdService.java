package lv.ludza.openup.procurement;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * Procurement thresholds (data the accountants keep) and the warning they drive: costs bought from one supplier
 * for one budget line that reach a threshold without a procedure of the kind it asks for.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class ThresholdService {

    @PersistenceContext
    private EntityManager em;

    @SharedByProjects
    public List<ProcurementThreshold> findAll() {
        return em.createNamedQuery("ProcurementThreshold.findAll", ProcurementThreshold.class).getResultList();
    }

    /** The most demanding threshold a contract of this value reaches, if any. */
    @SharedByProjects
    public Optional<ProcurementThreshold> reached(@NotNull Country country, @NotNull ContractType type,
            @NotNull LocalDate day, @NotNull Money value) {
        return em.createNamedQuery("ProcurementThreshold.validOn", ProcurementThreshold.class)
                .setParameter("country", country).setParameter("type", type).setParameter("day", day)
                .getResultStream().filter(threshold -> threshold.applies(value)).findFirst();
    }

    @SharedByProjects
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public ProcurementThreshold save(@NotNull @Valid ProcurementThreshold threshold) {
        threshold.check();
        return Records.save(em, threshold);
    }

    @SharedByProjects
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public void delete(@RecordId(ProcurementThreshold.class) long id, long version) {
        em.remove(Records.current(em, ProcurementThreshold.class, id, version));
    }

    /**
     * Declared costs of one partner from one supplier on one budget line that reach a threshold (valid on the
     * first invoice's date) while the partner awarded that supplier no procedure of the kind required. Three
     * statements whatever the number of items, the sums from the spending totals ({@link SpendingTotals}). The largest
     * purchase first.
     */
    public List<Warning> warnings(@NotNull Project project) {
        Map<Long, Partner> partners = new HashMap<>();
        project.getPartners().forEach(partner -> partners.put(partner.getId(), partner));
        Map<String, ProcedureType> awarded = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.partner.id, p.winner.id, p.procedureType"
                + " FROM ProcurementProcedure p WHERE p.partner.project.id = :project AND p.winner IS NOT NULL"
                + " AND p.status = lv.ludza.openup.procurement.ProcedureStatus.AWARDED", Object[].class)
                .setParameter("project", project.getId()).getResultList()) {
            awarded.merge(row[0] + "/" + row[1], (ProcedureType) row[2], (a, b) -> a.rank() >= b.rank() ? a : b);
        }
        List<ProcurementThreshold> thresholds = findAll();
        List<Warning> warnings = new ArrayList<>();
        if (thresholds.isEmpty()) {
            return warnings;
        }
        // only what reaches the lowest threshold of any kind: of a project's thousands of supplier totals, a few
        BigDecimal lowest = thresholds.stream().map(t -> t.getAmount().amount()).min(BigDecimal::compareTo)
                .orElseThrow();
        @SuppressWarnings("unchecked")
        List<Object[]> reaching = em.createNativeQuery("SELECT t.partner_id, t.category, s.id, s.name, t.net,"
                + " t.first_issued_on FROM spending_by_supplier t JOIN supplier s ON s.id = t.supplier_id"
                + " JOIN partner p ON p.id = t.partner_id WHERE p.project_id = ?1 AND t.net >= ?2")
                .setParameter(1, project.getId()).setParameter(2, lowest).getResultList();
        for (Object[] row : reaching) {
            row[0] = ((Number) row[0]).longValue();
            row[1] = CostCategory.valueOf((String) row[1]);
            row[2] = ((Number) row[2]).longValue();
            row[5] = row[5] instanceof java.sql.Date date ? date.toLocalDate() : row[5];
            Partner partner = partners.get((Long) row[0]);
            CostCategory category = (CostCategory) row[1];
            Money bought = Money.eur((BigDecimal) row[4]);
            LocalDate first = (LocalDate) row[5];
            ContractType.buying(category).flatMap(type -> thresholds.stream()
                    .filter(t -> t.getCountry() == partner.getCountry() && t.getContractType() == type
                            && !t.getValidFrom().isAfter(first)
                            && (t.getValidUntil() == null || !t.getValidUntil().isBefore(first))
                            && t.applies(bought))
                    .max((a, b) -> a.getAmount().compareTo(b.getAmount())))
                    .filter(threshold -> {
                        ProcedureType held = awarded.get(row[0] + "/" + row[2]);
                        return held == null || !held.meets(threshold.getRequiredProcedure());
                    })
                    .ifPresent(threshold -> warnings.add(new Warning(partner.getShortName(), category,
                            (String) row[3], bought, threshold.getAmount(), threshold.getRequiredProcedure(),
                            awarded.get(row[0] + "/" + row[2]))));
        }
        warnings.sort(java.util.Comparator.comparing((Warning w) -> w.bought().amount()).reversed());
        return warnings;
    }

    /**
     * The {@code shown} largest of the project's {@link #warnings} and how many there are: what a page shows (a
     * project at 100× the demo has thousands; only these cross to the screen and pass the scope check).
     */
    public Warnings largestWarnings(@NotNull Project project, int shown) {
        List<Warning> all = warnings(project);
        return new Warnings(List.copyOf(all.subList(0, Math.max(0, Math.min(shown, all.size())))), all.size());
    }

    /** The largest warnings and the number of all. */
    public record Warnings(List<Warning> largest, int count) implements Serializable {
    }

    /** Costs that reached a threshold without the procedure it asks for. */
    public record Warning(String partner, CostCategory category, String supplier, Money bought, Money threshold,
            ProcedureType required, ProcedureType held) implements Serializable {
    }
}

package lv.ludza.openup.travel;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.project.Country;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * Per-diem rate tables (employer country × destination country, with validity dates) and the day rules of each
 * employer country. Everybody reads them; accountants keep those of their own partner's country (the lead
 * partner's accountants and the coordinator every country's), and confirm demo values.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
@SharedByProjects
public class PerDiemService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public List<PerDiemRate> rates() {
        return em.createNamedQuery("PerDiemRate.all", PerDiemRate.class).getResultList();
    }

    public List<PerDiemRule> rules() {
        return em.createNamedQuery("PerDiemRule.all", PerDiemRule.class).getResultList();
    }

    /**
     * The per diem of a journey day by day, each day at the rate of the country the traveller is in (or arrives in)
     * that day.
     *
     * @param first the destination country the journey starts with
     * @param further the destinations reached later, each from its day of arrival
     *
     * @throws RuleViolation {@code travel.perDiem.noRule}, {@code travel.perDiem.noRate},
     *         {@code travel.order.returnBeforeDeparture}
     */
    public List<PerDiemDay> perDiem(@NotNull Country employer, @NotNull Country first,
            @NotNull List<Destination> further, @NotNull LocalDate departure, @NotNull LocalDate returnOn,
            @NotNull Collection<Provision> provisions) {
        PerDiemRule rule = em.createNamedQuery("PerDiemRule.of", PerDiemRule.class).setParameter("country", employer)
                .getResultStream().findFirst().orElse(null);
        List<PerDiemRate> rates = em.createNamedQuery("PerDiemRate.ofEmployer", PerDiemRate.class)
                .setParameter("employer", employer).getResultList();
        return new PerDiemCalculation(rule, rates).days(employer, day -> Destination.countryOn(day, first, further),
                departure, returnOn, provisions);
    }

    /**
     * A rate applies from its first day until its end date or until a newer rate of the same countries starts.
     *
     * @throws RuleViolation {@code travel.rate.endsBeforeStart}, {@code travel.rate.amount.positive},
     *         {@code travel.rate.sameStart} when another rate of the same countries starts on the same day
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public PerDiemRate saveRate(@NotNull @Valid PerDiemRate rate) {
        requireKeeperOf(rate.getEmployerCountry());
        rate.check();
        for (PerDiemRate other : em.createNamedQuery("PerDiemRate.of", PerDiemRate.class)
                .setParameter("employer", rate.getEmployerCountry())
                .setParameter("destination", rate.getDestinationCountry()).getResultList()) {
            if (!other.getId().equals(rate.getId()) && other.getValidFrom().equals(rate.getValidFrom())) {
                throw RuleViolation.onField("validFrom", "travel.rate.sameStart", other.getValidFrom());
            }
        }
        return Records.save(em, rate);
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public PerDiemRate confirmRate(@RecordId(PerDiemRate.class) long id, long version) {
        PerDiemRate rate = Records.current(em, PerDiemRate.class, id, version);
        requireKeeperOf(rate.getEmployerCountry());
        rate.confirm(context.getCallerPrincipal().getName(), Instant.now());
        em.flush();
        return rate;
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public void deleteRate(@RecordId(PerDiemRate.class) long id, long version) {
        PerDiemRate rate = em.find(PerDiemRate.class, id);
        if (rate == null) {
            return;
        }
        if (rate.getVersion() != version) {
            throw new ConcurrentChangeException(rate.getUpdatedBy());
        }
        requireKeeperOf(rate.getEmployerCountry());
        em.remove(rate);
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public PerDiemRule saveRule(@NotNull @Valid PerDiemRule rule) {
        requireKeeperOf(rule.getCountry());
        return Records.save(em, rule);
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public PerDiemRule confirmRule(@RecordId(PerDiemRule.class) long id, long version) {
        PerDiemRule rule = Records.current(em, PerDiemRule.class, id, version);
        requireKeeperOf(rule.getCountry());
        rule.confirm(context.getCallerPrincipal().getName(), Instant.now());
        em.flush();
        return rule;
    }

    /** Accountants keep their own partner's country's tables; the lead partner's accountants and above all. */
    private void requireKeeperOf(Country country) {
        lv.ludza.openup.security.PartnerScope.requireCountry(em, context, country);
    }
}

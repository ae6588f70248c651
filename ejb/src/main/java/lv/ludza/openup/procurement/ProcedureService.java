package lv.ludza.openup.procurement;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.security.PartnerScope;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;

/** Procurement procedures: everybody reads; the people who keep a partner's money run its procedures. */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class ProcedureService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    private ListQuery<ProcurementProcedure> list;

    @PostConstruct
    void init() {
        list = new ListQuery<>(em, ProcurementProcedure.class, Set.of("reference", "subject"),
                Set.of("contractType", "procedureType", "status"), "reference", Set.of("partner"),
                Set.of("partner", "winner"));
    }

    public long count(Map<String, String> filters) {
        return list.count(filters);
    }

    public List<ProcurementProcedure> page(PageRequest request) {
        return list.page(request);
    }

    public Optional<ProcurementProcedure> find(@RecordId(ProcurementProcedure.class) long id) {
        return em.createNamedQuery("ProcurementProcedure.withRelations", ProcurementProcedure.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Awarded procedures of a partner: what a contract can come from. */
    public List<ProcurementProcedure> awardedOf(@RecordId(Partner.class) long partnerId) {
        return em.createNamedQuery("ProcurementProcedure.ofPartner", ProcurementProcedure.class)
                .setParameter("partner", partnerId).setParameter("status", ProcedureStatus.AWARDED).getResultList();
    }

    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public ProcurementProcedure save(@NotNull @Valid ProcurementProcedure procedure) {
        PartnerScope.requireMoneyOf(em, context, em.find(Partner.class, procedure.getPartner().getId()));
        boolean taken = em.createQuery("SELECT p.id FROM ProcurementProcedure p WHERE p.partner.id = :partner"
                + " AND p.reference = :reference", Long.class)
                .setParameter("partner", procedure.getPartner().getId())
                .setParameter("reference", procedure.getReference())
                .getResultStream().anyMatch(id -> !id.equals(procedure.getId()));
        if (taken) {
            throw RuleViolation.onField("reference", "procedure.reference.taken", procedure.getReference());
        }
        ProcurementProcedure saved = Records.save(em, procedure);
        return find(saved.getId()).orElseThrow();
    }

    /** Moves a procedure on: announce, evaluate, award or cancel (what the status allows). */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public ProcurementProcedure advance(@RecordId(ProcurementProcedure.class) long id, long version, @NotNull Step step, LocalDate on, @RecordId(Supplier.class) Long winnerId) {
        ProcurementProcedure procedure = find(id).orElseThrow(() -> new RuleViolation("error.recordDeleted"));
        if (procedure.getVersion() != version) {
            throw new lv.ludza.openup.shared.ConcurrentChangeException(procedure.getUpdatedBy());
        }
        PartnerScope.requireMoneyOf(em, context, procedure.getPartner());
        switch (step) {
            case ANNOUNCE -> procedure.announce(on);
            case EVALUATE -> procedure.evaluate();
            case AWARD -> procedure.award(winnerId == null ? null : em.find(Supplier.class, winnerId), on);
            case CANCEL -> procedure.cancel(on);
        }
        em.flush();
        return procedure;
    }

    /** The moves of {@link #advance}. */
    public enum Step {
        ANNOUNCE, EVALUATE, AWARD, CANCEL
    }
}

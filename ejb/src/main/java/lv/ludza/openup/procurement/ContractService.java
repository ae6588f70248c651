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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.project.Partner;
import lv.ludza.openup.security.PartnerScope;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;

/** Contracts with suppliers: everybody reads; the people who keep a partner's money sign them in. */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class ContractService {

    @PersistenceContext
    private EntityManager em;

    @jakarta.ejb.EJB
    private ThresholdService thresholds;

    @Resource
    private SessionContext context;

    private ListQuery<Contract> list;

    @PostConstruct
    void init() {
        list = new ListQuery<>(em, Contract.class, Set.of("number", "subject"), Set.of(), "number",
                Set.of("partner", "supplier", "procedure"), Set.of("partner", "supplier", "procedure"));
    }

    public long count(Map<String, String> filters) {
        return list.count(filters);
    }

    public List<Contract> page(PageRequest request) {
        return list.page(request);
    }

    public Optional<Contract> find(@RecordId(Contract.class) long id) {
        return em.createNamedQuery("Contract.withRelations", Contract.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * Saves a contract; one that comes from a procedure must be with the procedure's winner.
     *
     * @param procedureId the awarded procedure it comes from, or null
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public Contract save(@NotNull @Valid Contract contract, @RecordId(ProcurementProcedure.class) Long procedureId) {
        Partner partner = em.find(Partner.class, contract.getPartner().getId());
        PartnerScope.requireMoneyOf(em, context, partner);
        contract.checkDates();
        contract.fromProcedure(procedureId == null ? null : em.find(ProcurementProcedure.class, procedureId));
        em.createNamedQuery("Contract.findByNumber", Contract.class)
                .setParameter("partner", partner.getId())
                .setParameter("number", contract.getNumber())
                .getResultStream()
                .filter(other -> !other.getId().equals(contract.getId()))
                .findFirst()
                .ifPresent(other -> {
                    throw RuleViolation.onField("number", "contract.number.taken", other.getNumber());
                });
        // the procurement check where the money is entered: saving stays possible, the warning is kept on the record
        contract.setThresholdWarning(thresholds.atEntry(partner.getId(), contract.getSupplier().getId(),
                contract.getContractType(), contract.getSignedOn(), contract.getNet(), contract.getId(), null)
                .orElse(null));
        Contract saved = Records.save(em, contract);
        return find(saved.getId()).orElseThrow();
    }

    /** A contract's amendments in order. */
    public List<ContractAmendment> amendmentsOf(@RecordId(Contract.class) long contractId) {
        return em.createNamedQuery("ContractAmendment.ofContract", ContractAmendment.class)
                .setParameter("contract", contractId).getResultList();
    }

    /**
     * Records the next amendment of the contract as it was shown (refused if someone changed it meanwhile).
     *
     * @throws RuleViolation the rules of {@link ContractAmendment#next}
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public ContractAmendment amend(@RecordId(Contract.class) long contractId, long version, LocalDate signedOn, String reason, Money net,
            Money vat, LocalDate validUntil) {
        Contract contract = Records.current(em, Contract.class, contractId, version);
        PartnerScope.requireMoneyOf(em, context, contract.getPartner());
        ContractAmendment amendment = ContractAmendment.next(contract, amendmentsOf(contractId), signedOn, reason,
                net, vat, validUntil);
        em.persist(amendment);
        // the amendments are part of the contract: others editing it see the change
        em.lock(contract, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return amendment;
    }
}

package lv.ludza.openup.procurement;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.shared.ConcurrentChangeException;
import lv.ludza.openup.shared.ListQuery;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.Records;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.RecordId;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * Suppliers are shared by all partners and projects: everybody reads them, the people who handle money
 * (accountants, the coordinator, the administrator) keep them.
 */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
@SharedByProjects
public class SupplierService {

    @PersistenceContext
    private EntityManager em;

    private ListQuery<Supplier> list;

    @PostConstruct
    void init() {
        list = new ListQuery<>(em, Supplier.class,
                Set.of("name", "registrationNumber", "vatNumber", "contactPerson", "email"), Set.of("country"),
                "name");
    }

    public long count(Map<String, String> filters) {
        return list.count(filters);
    }

    public List<Supplier> page(PageRequest request) {
        return list.page(request);
    }

    /** Every supplier by name, for choosing one on a form. */
    public List<Supplier> all() {
        return em.createNamedQuery("Supplier.all", Supplier.class).getResultList();
    }

    public Optional<Supplier> find(@RecordId(Supplier.class) long id) {
        return Optional.ofNullable(em.find(Supplier.class, id));
    }

    /**
     * @throws RuleViolation {@code supplier.registrationNumber.taken} when another supplier of that country has
     *         the number
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public Supplier save(@NotNull @Valid Supplier supplier) {
        em.createNamedQuery("Supplier.findByRegistration", Supplier.class)
                .setParameter("country", supplier.getCountry())
                .setParameter("number", supplier.getRegistrationNumber())
                .getResultStream()
                .filter(other -> !other.getId().equals(supplier.getId()))
                .findFirst()
                .ifPresent(other -> {
                    throw RuleViolation.onField("registrationNumber", "supplier.registrationNumber.taken",
                            other.getName());
                });
        return Records.save(em, supplier);
    }

    /**
     * Deletes a supplier nobody changed since it was shown.
     *
     * @throws RuleViolation {@code supplier.hasDocuments} while documents are attached to it (evidence is not
     *         deleted as a side effect)
     */
    @RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, ACCOUNTANT_ROLE })
    public void delete(@RecordId(Supplier.class) long id, long version) {
        Supplier supplier = em.find(Supplier.class, id);
        if (supplier == null) {
            return;
        }
        if (supplier.getVersion() != version) {
            throw new ConcurrentChangeException(supplier.getUpdatedBy());
        }
        long documents = em.createNamedQuery("Document.countOf", Long.class)
                .setParameter("owner", DocumentOwner.SUPPLIER).setParameter("ownerId", id).getSingleResult();
        if (documents > 0) {
            throw new RuleViolation("supplier.hasDocuments", documents);
        }
        em.remove(supplier);
    }
}

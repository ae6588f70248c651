package lv.ludza.openup.project;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import lv.ludza.openup.shared.Records;

/** Projects and their partners. Everybody who logs in reads them; the coordinator and admin edit them. */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class ProjectService {

    @PersistenceContext
    private EntityManager em;

    public List<Project> findAll() {
        return em.createNamedQuery("Project.findAll", Project.class).getResultList();
    }

    /** The project the dashboard opens with: the first one (OPEN UP in the demo). */
    public Optional<Project> findDefault() {
        return findAll().stream().findFirst().flatMap(p -> findWithPartners(p.getId()));
    }

    /** A project with its partners loaded, in one query. */
    public Optional<Project> findWithPartners(long id) {
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
}

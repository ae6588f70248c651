package lv.ludza.openup.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * The projects the caller of a service may see: the administrator and the auditor all; everybody else the
 * projects their organisation takes part in (a partner with the same registration number or legal name). Set for
 * the length of a service call by {@link ProjectScope}; lists ({@link lv.ludza.openup.shared.ListQuery}) and the
 * services read it from here.
 */
public final class CallerScope {

    private static final ThreadLocal<CallerScope> CURRENT = new ThreadLocal<>();

    private final EntityManager em;
    private final String username;
    private final boolean everything;
    private Set<Long> projects;

    CallerScope(EntityManager em, String username, boolean everything) {
        this.em = em;
        this.username = username;
        this.everything = everything;
    }

    /** The scope of the service call this thread is in. */
    public static CallerScope current() {
        CallerScope scope = CURRENT.get();
        if (scope == null) {
            throw new IllegalStateException("Records are read only inside a service call (ProjectScope sets the scope)");
        }
        return scope;
    }

    /**
     * Runs the work in the scope of this caller, then restores the scope before: a service calling another keeps
     * its caller's scope (and the projects already read).
     */
    static <T> T within(EntityManager em, String username, boolean everything, Work<T> work) throws Exception {
        CallerScope outer = CURRENT.get();
        CallerScope scope = outer != null && outer.username.equals(username) && outer.everything == everything ? outer
                : new CallerScope(em, username, everything);
        CURRENT.set(scope);
        try {
            return work.run(scope);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** What runs inside a scope. */
    @FunctionalInterface
    interface Work<T> {
        T run(CallerScope scope) throws Exception;
    }

    /** Whether the caller sees every project (administrator, auditor). */
    public boolean seesEverything() {
        return everything;
    }

    /** The ids of the projects the caller sees; read once per service call. Not for callers who see everything. */
    public Set<Long> projects() {
        if (everything) {
            throw new IllegalStateException("the caller sees every project");
        }
        if (projects == null) {
            projects = Set.copyOf(em.createNamedQuery("AppUser.visibleProjects", Long.class)
                    .setParameter("username", username).getResultList());
        }
        return projects;
    }

    /** Whether the caller sees this project (null: a record no project owns, which everybody sees). */
    public boolean sees(Long projectId) {
        return everything || projectId == null || projects().contains(projectId);
    }

    /** @throws AccessRefused when the caller does not take part in this project */
    public void requireProject(Long projectId) {
        if (!sees(projectId)) {
            throw AccessRefused.otherProject();
        }
    }

    /** @throws AccessRefused when a record of this type with one of these ids is in a project the caller does not see */
    public void requireRecords(Class<?> type, Collection<?> ids) {
        if (everything || ids.isEmpty()) {
            return;
        }
        new RecordProjects(em).stored(type, ids).values().forEach(this::requireProject);
    }

    /**
     * An entity a caller hands to a service (to save it): both the project it is stored in and the one its relations
     * point to now must be the caller's.
     */
    public void requireEntity(BaseEntity entity) {
        if (everything || entity.getClass().isAnnotationPresent(SharedByProjects.class)) {
            return;
        }
        RecordProjects records = new RecordProjects(em);
        if (!entity.isNew()) {
            records.stored(RecordProjects.typeOf(entity), List.of(entity.getId())).values()
                    .forEach(this::requireProject);
        }
        records.loaded(List.of(entity)).forEach(this::requireProject);
    }

    /** Entities a service returns: every one must be in a project the caller sees. */
    void requireLoaded(Collection<?> entities) {
        if (!everything && !entities.isEmpty()) {
            new RecordProjects(em).loaded(entities).forEach(this::requireProject);
        }
    }
}

package lv.ludza.openup.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** Saving an entity a screen edited, so that a concurrent change is reported instead of overwritten. */
public final class Records {

    private Records() {
    }

    /**
     * Inserts a new entity or merges an edited (detached) one.
     *
     * @throws ConcurrentChangeException when someone saved the record after it was read; nothing is written
     * @throws RuleViolation {@code error.recordDeleted} when it no longer exists
     */
    public static <T extends BaseEntity> T save(EntityManager em, T entity) {
        if (entity.isNew()) {
            em.persist(entity);
            em.flush();
            return entity;
        }
        @SuppressWarnings("unchecked")
        T current = (T) em.find(entity.getClass(), entity.getId());
        if (current == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        if (current.getVersion() != entity.getVersion()) {
            throw new ConcurrentChangeException(current.getUpdatedBy());
        }
        try {
            T merged = em.merge(entity);
            em.flush();
            return merged;
        } catch (OptimisticLockException e) {
            // saved by someone else between our read and our write
            throw new ConcurrentChangeException(current.getUpdatedBy());
        }
    }

    /**
     * The entity as it is now, provided it is still the version a screen showed.
     *
     * @throws RuleViolation {@code error.recordDeleted} when it no longer exists
     * @throws ConcurrentChangeException when someone saved it after it was shown
     */
    public static <T extends BaseEntity> T current(EntityManager em, Class<T> type, long id, long shownVersion) {
        T current = em.find(type, id);
        if (current == null) {
            throw new RuleViolation("error.recordDeleted");
        }
        if (current.getVersion() != shownVersion) {
            throw new ConcurrentChangeException(current.getUpdatedBy());
        }
        return current;
    }
}

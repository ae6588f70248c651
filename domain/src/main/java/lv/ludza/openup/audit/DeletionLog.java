package lv.ludza.openup.audit;

import jakarta.persistence.PostRemove;

import org.hibernate.Hibernate;

import lv.ludza.openup.security.SecurityEvents;
import lv.ludza.openup.shared.BaseEntity;

/** Logs every deleted record as a security event (type, id, who), whichever service deleted it. */
public class DeletionLog {

    @PostRemove
    void removed(Object entity) {
        if (entity instanceof BaseEntity record) {
            SecurityEvents.deleted(Hibernate.getClass(record).getSimpleName(), record.getId());
        }
    }
}

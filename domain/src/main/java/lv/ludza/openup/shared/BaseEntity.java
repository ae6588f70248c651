package lv.ludza.openup.shared;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.hibernate.Hibernate;

import lv.ludza.openup.audit.Caller;
import lv.ludza.openup.audit.DeletionLog;

/**
 * What every entity has: a surrogate id, an optimistic-locking version (concurrent edits are detected, not
 * overwritten) and who created and last changed it, when. Its deletion is logged as a security
 * event ({@link DeletionLog}).
 */
@MappedSuperclass
@EntityListeners(DeletionLog.class)
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "openup_seq")
    @SequenceGenerator(name = "openup_seq", sequenceName = "openup_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, length = 100)
    private String updatedBy;

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
        createdBy = Caller.name();
        updatedAt = createdAt;
        updatedBy = createdBy;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
        updatedBy = Caller.name();
    }

    public Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** How the record is named where another one refers to it (e.g. in the change history). */
    public String label() {
        return getClass().getSimpleName() + " #" + id;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BaseEntity other) || Hibernate.getClassLazy(this) != Hibernate.getClassLazy(other)) {
            return false; // (a lazy proxy and the entity it stands for are the same record)
        }
        return getId() != null && getId().equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClassLazy(this).hashCode();
    }
}

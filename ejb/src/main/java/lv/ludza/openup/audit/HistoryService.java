package lv.ludza.openup.audit;

import static lv.ludza.openup.security.Role.ACCOUNTANT_ROLE;
import static lv.ludza.openup.security.Role.ADMIN_ROLE;
import static lv.ludza.openup.security.Role.AUDITOR_ROLE;
import static lv.ludza.openup.security.Role.COORDINATOR_ROLE;
import static lv.ludza.openup.security.Role.STAFF_ROLE;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.Type;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.NamedInLanguages;
import lv.ludza.openup.shared.RecordId;

/** The change history of any record: who changed what, when, from which value to which. */
@Stateless
@RolesAllowed({ ADMIN_ROLE, COORDINATOR_ROLE, STAFF_ROLE, ACCOUNTANT_ROLE, AUDITOR_ROLE })
public class HistoryService {

    /** Bookkeeping fields every entity has; the revision itself says who and when. */
    private static final Set<String> SKIPPED = Set.of("id", "version", "createdAt", "createdBy", "updatedAt",
            "updatedBy");

    @PersistenceContext
    private EntityManager em;

    /** Newest change first. */
    public List<HistoryEntry> historyOf(Class<? extends BaseEntity> type, @RecordId long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        ManagedType<?> managedType = em.getMetamodel().managedType(type);
        List<HistoryEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object snapshot = row[0];
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            List<FieldChange> changes = new ArrayList<>();
            diff(managedType, "", previous, revisionType == RevisionType.DEL ? null : snapshot, changes);
            entries.add(new HistoryEntry(revision.getId(), revision.getInstant(), revision.getUsername(),
                    kind(revisionType), changes));
            previous = revisionType == RevisionType.DEL ? null : snapshot;
        }
        entries.sort(Comparator.comparingLong(HistoryEntry::revision).reversed());
        return entries;
    }

    private static HistoryEntry.Kind kind(RevisionType type) {
        return switch (type) {
            case ADD -> HistoryEntry.Kind.CREATED;
            case MOD -> HistoryEntry.Kind.CHANGED;
            case DEL -> HistoryEntry.Kind.DELETED;
        };
    }

    private void diff(ManagedType<?> type, String prefix, Object before, Object after, List<FieldChange> out) {
        List<Attribute<?, ?>> attributes = new ArrayList<>(type.getAttributes());
        attributes.sort(Comparator.comparing(Attribute::getName));
        for (Attribute<?, ?> attribute : attributes) {
            String name = attribute.getName();
            if (SKIPPED.contains(name) || isCollectionOfEntities(attribute)) {
                continue;
            }
            Object oldValue = read(attribute, before);
            Object newValue = read(attribute, after);
            if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED
                    && !Money.class.equals(attribute.getJavaType())) {
                // a Money is one value; other embeddables (a name in three languages, a period) show per field
                EmbeddableType<?> embeddable = em.getMetamodel().embeddable(attribute.getJavaType());
                diff(embeddable, prefix + name + ".", oldValue, newValue, out);
                continue;
            }
            String oldText = text(oldValue);
            String newText = text(newValue);
            if (!Objects.equals(oldText, newText)) {
                out.add(new FieldChange(prefix + name, oldText, newText, type(attribute.getJavaType())));
            }
        }
    }

    /** Collections of other records have their own history; collections of values (roles) are shown here. */
    private static boolean isCollectionOfEntities(Attribute<?, ?> attribute) {
        return attribute instanceof PluralAttribute<?, ?, ?> plural
                && plural.getElementType().getPersistenceType() != Type.PersistenceType.BASIC;
    }

    private static Object read(Attribute<?, ?> attribute, Object owner) {
        if (owner == null) {
            return null;
        }
        Member member = attribute.getJavaMember();
        if (!(member instanceof Field field)) {
            return null;
        }
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static String type(Class<?> javaType) {
        if (javaType.isEnum()) {
            String name = javaType.getSimpleName();
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        if (NamedInLanguages.class.isAssignableFrom(javaType)) {
            return FieldChange.LOCALIZED;
        }
        if (javaType == Money.class) {
            return FieldChange.MONEY;
        }
        if (javaType == java.time.LocalDate.class) {
            return FieldChange.DATE;
        }
        if (javaType == boolean.class || javaType == Boolean.class) {
            return FieldChange.BOOLEAN;
        }
        return FieldChange.TEXT;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof NamedInLanguages named) {
            return FieldChange.inLanguages(named.names());
        }
        if (value instanceof BaseEntity entity) {
            return entity.label();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}

package lv.ludza.openup.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

import lv.ludza.openup.shared.InProject;
import lv.ludza.openup.shared.OwnedBy;
import lv.ludza.openup.shared.RecordKind;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * Which project a record belongs to, by the path its entity declares ({@link InProject}, {@link OwnedBy}): read
 * from the objects in memory where they are loaded, else from the database in one statement per kind of record.
 * A record no project owns ({@link SharedByProjects}, or a null along the path) has the project {@code null}.
 */
final class RecordProjects {

    private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();

    private final EntityManager em;

    RecordProjects(EntityManager em) {
        this.em = em;
    }

    /** Whether records of this type belong to a project at all. */
    static boolean scoped(Class<?> type) {
        return type.isAnnotationPresent(InProject.class) || type.isAnnotationPresent(OwnedBy.class);
    }

    /** Fails for an entity that does not say whether it belongs to a project. */
    static void requireDeclared(Class<?> type) {
        if (!scoped(type) && !type.isAnnotationPresent(SharedByProjects.class)) {
            throw new IllegalStateException(type.getName() + " says neither @InProject, @OwnedBy nor @SharedByProjects");
        }
    }

    /** The path of an {@link InProject} entity, split at the dots. */
    static String[] path(Class<?> type) {
        return type.getAnnotation(InProject.class).value().split("\\.");
    }

    /** The projects of the records of this type with these ids, as stored (ids not found are left out). */
    Map<Object, Long> stored(Class<?> type, Collection<?> ids) {
        requireDeclared(type);
        Map<Object, Long> projects = new HashMap<>();
        if (ids.isEmpty() || type.isAnnotationPresent(SharedByProjects.class)) {
            ids.forEach(id -> projects.put(id, null));
            return projects;
        }
        EntityType<?> entity = em.getMetamodel().entity(type);
        String id = entity.getId(entity.getIdType().getJavaType()).getName();
        if (type.isAnnotationPresent(OwnedBy.class)) {
            OwnedBy owned = type.getAnnotation(OwnedBy.class);
            Map<Object, Pending> owners = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT e." + id + ", e." + owned.kind() + ", e." + owned.id() + " FROM "
                    + entity.getName() + " e WHERE e." + id + " IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                owners.put(row[0], new Pending(((RecordKind) row[1]).type(), row[2]));
            }
            Map<Pending, Long> resolved = resolve(owners.values());
            owners.forEach((record, owner) -> projects.put(record, resolved.get(owner)));
            return projects;
        }
        String[] path = path(type);
        StringBuilder query = new StringBuilder("SELECT e.").append(id).append(", ");
        StringBuilder joins = new StringBuilder();
        String alias = "e";
        for (int i = 0; i < path.length - 1; i++) {
            joins.append(" LEFT JOIN ").append(alias).append('.').append(path[i]).append(" j").append(i);
            alias = "j" + i;
        }
        query.append(alias).append('.').append(path[path.length - 1]).append(" FROM ").append(entity.getName())
                .append(" e").append(joins).append(" WHERE e.").append(id).append(" IN :ids");
        for (Object[] row : em.createQuery(query.toString(), Object[].class).setParameter("ids", ids)
                .getResultList()) {
            projects.put(row[0], (Long) row[1]);
        }
        return projects;
    }

    /**
     * The projects of these entities as they are in memory (an edited record: where its relations point now), one
     * per entity; where a relation is not loaded, from the database.
     */
    Set<Long> loaded(Collection<?> entities) {
        Set<Long> projects = new HashSet<>();
        List<Pending> pending = new ArrayList<>();
        for (Object entity : entities) {
            Object project = inMemory(entity);
            if (project instanceof Pending p) {
                pending.add(p);
            } else {
                projects.add((Long) project);
            }
        }
        projects.addAll(resolve(pending).values());
        return projects;
    }

    /** A record's project id, null for none, or the record along the path whose project must be read. */
    private Object inMemory(Object entity) {
        Class<?> type = typeOf(entity);
        if (entity instanceof HibernateProxy proxy && proxy.getHibernateLazyInitializer().isUninitialized()) {
            return new Pending(type, proxy.getHibernateLazyInitializer().getIdentifier());
        }
        Object at = unproxied(entity);
        requireDeclared(type);
        if (type.isAnnotationPresent(SharedByProjects.class)) {
            return null;
        }
        if (type.isAnnotationPresent(OwnedBy.class)) {
            OwnedBy owned = type.getAnnotation(OwnedBy.class);
            RecordKind kind = (RecordKind) read(at, owned.kind());
            return kind == null ? null : new Pending(kind.type(), read(at, owned.id()));
        }
        String[] path = path(type);
        for (int i = 0; i < path.length; i++) {
            boolean last = i == path.length - 1;
            if (at instanceof HibernateProxy proxy) {
                LazyInitializer lazy = proxy.getHibernateLazyInitializer();
                if (last && "id".equals(path[i])) {
                    return lazy.getIdentifier(); // the id of a proxy is known without loading it
                }
                if (lazy.isUninitialized()) {
                    return new Pending(lazy.getPersistentClass(), lazy.getIdentifier());
                }
                at = lazy.getImplementation();
            }
            Object value = read(at, path[i]);
            if (last) {
                return value;
            }
            if (value == null) {
                return null;
            }
            at = value;
        }
        throw new IllegalStateException("empty path on " + type);
    }

    /** The projects of records named by type and id, one statement per type. */
    private Map<Pending, Long> resolve(Collection<Pending> records) {
        Map<Class<?>, Set<Object>> byType = new LinkedHashMap<>();
        records.stream().filter(p -> p.id() != null)
                .forEach(p -> byType.computeIfAbsent(p.type(), t -> new HashSet<>()).add(p.id()));
        Map<Pending, Long> projects = new HashMap<>();
        byType.forEach((type, ids) -> stored(type, ids).forEach((id, project) -> projects.put(new Pending(type, id),
                project)));
        return projects;
    }

    static Class<?> typeOf(Object entity) {
        return entity instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getPersistentClass()
                : entity.getClass();
    }

    private static Object unproxied(Object entity) {
        return entity instanceof HibernateProxy proxy ? proxy.getHibernateLazyInitializer().getImplementation()
                : entity;
    }

    private static Object read(Object target, String name) {
        Field field = FIELDS.computeIfAbsent(target.getClass(), t -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> field(target.getClass(), n));
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name);
    }

    /** A record named by its type and id, whose project is read from the database. */
    private record Pending(Class<?> type, Object id) {
    }
}

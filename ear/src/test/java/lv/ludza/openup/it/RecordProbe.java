package lv.ludza.openup.it;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.interceptor.ExcludeDefaultInterceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;

import lv.ludza.openup.shared.InProject;

/**
 * Reads records for tests as the database holds them, outside every user's scope: the records of a project by the
 * path their entity declares ({@link InProject}), and the project of a record.
 */
@Stateless
@PermitAll
@ExcludeDefaultInterceptors
public class RecordProbe {

    @PersistenceContext
    private EntityManager em;

    /** The id of the project with this code. */
    public long projectId(String code) {
        return em.createQuery("SELECT p.id FROM Project p WHERE p.code = :code", Long.class).setParameter("code", code)
                .getSingleResult();
    }

    /** The id of one record of this type in the project (the smallest), if it has any. */
    public Optional<Long> anyIn(Class<?> type, long projectId) {
        String path = type.getAnnotation(InProject.class).value();
        return em.createQuery("SELECT MIN(e.id) FROM " + entityName(type) + " e WHERE e." + path + " = :project",
                Long.class).setParameter("project", projectId).getResultStream().filter(id -> id != null).findFirst();
    }

    /** The id of any record of a type no project owns. */
    public Optional<Long> any(Class<?> type) {
        return em.createQuery("SELECT MIN(e.id) FROM " + entityName(type) + " e", Long.class).getResultStream()
                .filter(id -> id != null).findFirst();
    }

    public <T> T find(Class<T> type, Object id) {
        T found = em.find(type, id);
        em.detach(found);
        return found;
    }

    /** The project of a record of an {@link InProject} type, null for none. */
    public Long projectOf(Class<?> type, Object id) {
        String path = type.getAnnotation(InProject.class).value();
        return em.createQuery("SELECT e." + path + " FROM " + entityName(type) + " e WHERE e.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
    }

    /** The ids of every record of a type, in order. */
    public java.util.List<Long> all(Class<?> type) {
        return em.createQuery("SELECT e.id FROM " + entityName(type) + " e ORDER BY e.id", Long.class).getResultList();
    }

    /** The rows of a query (JPQL, no parameters), for what a test needs to know of the demo. */
    public java.util.List<Object[]> rows(String query) {
        return em.createQuery(query, Object[].class).getResultList();
    }

    /** How many rows a native SQL query with one text parameter ({@code ?1}) counts, for what no entity maps. */
    public long countNative(String sql, String parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    /** The names of the constants of every enum a record holds (e.g. IN_USE, SEMINAR): codes no screen may show. */
    public Set<String> enumConstants() {
        Set<String> names = new java.util.TreeSet<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            for (jakarta.persistence.metamodel.Attribute<?, ?> attribute : entity.getAttributes()) {
                Class<?> type = attribute instanceof jakarta.persistence.metamodel.PluralAttribute<?, ?, ?> plural
                        ? plural.getElementType().getJavaType() : attribute.getJavaType();
                if (type.isEnum()) {
                    for (Object constant : type.getEnumConstants()) {
                        names.add(((Enum<?>) constant).name());
                    }
                }
            }
        }
        return names;
    }

    /** Every entity class of the persistence unit. */
    public Set<Class<?>> entityClasses() {
        return em.getMetamodel().getEntities().stream().map(EntityType::getJavaType).collect(Collectors.toSet());
    }

    /** The first value of a text column of a record (e.g. an asset's inventory number). */
    public String text(Class<?> type, long id, String field) {
        return em.createQuery("SELECT e." + field + " FROM " + entityName(type) + " e WHERE e.id = :id", String.class)
                .setParameter("id", id).getSingleResult();
    }

    private String entityName(Class<?> type) {
        return em.getMetamodel().entity(type).getName();
    }
}

package lv.ludza.openup.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.FetchParent;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.hibernate.jpa.HibernateHints;

import lv.ludza.openup.security.CallerScope;

/**
 * Paging, sorting and filtering of a list in the database (two statements: a count and a page), for the lazy
 * tables of every feature. Only the fields a list names may be sorted or filtered by. A list shows only the rows of
 * the caller's projects ({@link CallerScope}); the filter {@link PageRequest#PROJECT} chooses one of them.
 */
public final class ListQuery<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final Set<String> textFields;
    private final Set<String> enumFields;
    private final String defaultSort;
    private final Set<String> referenceFields;
    private final Set<String> fetched;
    private final Set<String> alsoSortable = new HashSet<>();
    private final Map<String, Filter<T>> customFilters = new HashMap<>();
    /** The path from a row to its project's id ({@link InProject}); null for records every project shares. */
    private final String[] projectPath;

    /** A filter the plain fields can't express, e.g. one that looks into other records with a subquery. */
    @FunctionalInterface
    public interface Filter<T> {

        Predicate where(CriteriaBuilder cb, AbstractQuery<?> query, Root<T> root, String value);
    }

    /** Rows the JDBC driver fetches at a time while an export streams. */
    private static final int STREAM_FETCH_SIZE = 500;

    public ListQuery(EntityManager em, Class<T> type, Set<String> textFields, Set<String> enumFields,
            String defaultSort) {
        this(em, type, textFields, enumFields, defaultSort, Set.of(), Set.of());
    }

    /**
     * @param referenceFields to-one associations a list filters by id (e.g. {@code partner}, or along a path:
     *                        {@code partner.project})
     * @param fetched         to-one associations the rows show, loaded with the page in the same statement; a
     *                        dotted path ({@code invoiceLine.invoice}) fetches along the way
     */
    public ListQuery(EntityManager em, Class<T> type, Set<String> textFields, Set<String> enumFields,
            String defaultSort, Set<String> referenceFields, Set<String> fetched) {
        this.em = em;
        this.type = type;
        this.textFields = textFields;
        this.enumFields = enumFields;
        this.defaultSort = defaultSort;
        this.referenceFields = referenceFields;
        this.fetched = fetched;
        InProject inProject = type.getAnnotation(InProject.class);
        // (the copy of the project on the row where the entity keeps one: a project's list from one index)
        this.projectPath = inProject == null ? null
                : (inProject.stored().isEmpty() ? inProject.value() : inProject.stored()).split("\\.");
    }

    /** Fields (dotted for embedded values, e.g. {@code amount.amount}) a list may also sort by: dates, numbers. */
    public ListQuery<T> alsoSortedBy(String... fields) {
        alsoSortable.addAll(Arrays.asList(fields));
        return this;
    }

    /**
     * Filters the list's column {@code field} with the given predicate instead of its plain text match; the global
     * search uses it too.
     */
    public ListQuery<T> filteredBy(String field, Filter<T> filter) {
        customFilters.put(field, filter);
        return this;
    }

    public long count(Map<String, String> filters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        query.select(cb.count(root)).where(where(cb, query, root, filters));
        return em.createQuery(query).getSingleResult();
    }

    public List<T> page(PageRequest request) {
        return select(request.filters(), request.sortField(), request.ascending())
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    }

    /**
     * Everything the filters select, in order, read from the database as the caller goes (a cursor, not a list):
     * for exports of any length. Close the stream.
     */
    public Stream<T> stream(Map<String, String> filters, String sortField, boolean ascending) {
        return select(filters, sortField, ascending).setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_FETCH_SIZE)
                .getResultStream();
    }

    private TypedQuery<T> select(Map<String, String> filters, String sortField, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        Map<String, FetchParent<?, ?>> fetches = new HashMap<>();
        for (String association : fetched) {
            FetchParent<?, ?> parent = root;
            String path = "";
            for (String step : association.split("\\.")) {
                path = path.isEmpty() ? step : path + "." + step;
                FetchParent<?, ?> from = parent;
                parent = fetches.computeIfAbsent(path, p -> from.fetch(step, JoinType.LEFT));
            }
        }
        query.select(root).where(where(cb, query, root, filters));
        String sort = sortable(sortField) ? sortField : defaultSort;
        // along a fetched association the sort uses its left join: an implicit join would be inner and drop the
        // rows without it (works without a contractor sorted by the contractor's name)
        Path<?> sortBy = root;
        String path = "";
        for (String step : sort.split("\\.")) {
            path = path.isEmpty() ? step : path + "." + step;
            FetchParent<?, ?> fetch = fetches.get(path);
            sortBy = fetch instanceof Path<?> joined ? joined : sortBy.get(step);
        }
        query.orderBy(ascending ? cb.asc(sortBy) : cb.desc(sortBy), cb.asc(root.get("id")));
        return em.createQuery(query);
    }

    private boolean sortable(String field) {
        return field != null
                && (textFields.contains(field) || enumFields.contains(field) || alsoSortable.contains(field));
    }

    private Predicate[] where(CriteriaBuilder cb, AbstractQuery<?> query, Root<T> root, Map<String, String> filters) {
        List<Predicate> predicates = new ArrayList<>();
        if (projectPath != null) {
            // the caller's projects only, whatever the screen asked for
            CallerScope scope = CallerScope.current();
            if (!scope.seesEverything()) {
                predicates.add(scope.projects().isEmpty() ? cb.disjunction() : project(root).in(scope.projects()));
            }
        }
        filters.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            if (PageRequest.PROJECT.equals(field) && projectPath != null) {
                Long project = id(value);
                CallerScope.current().requireProject(project);
                predicates.add(cb.equal(project(root), project));
            } else if (PageRequest.GLOBAL.equals(field)) {
                predicates.add(cb.or(textFields.stream().map(f -> customFilters.containsKey(f)
                        ? customFilters.get(f).where(cb, query, root, value)
                        : contains(cb, root.get(f), value)).toArray(Predicate[]::new)));
            } else if (customFilters.containsKey(field)) {
                predicates.add(customFilters.get(field).where(cb, query, root, value));
            } else if (textFields.contains(field)) {
                predicates.add(contains(cb, root.get(field), value));
            } else if (enumFields.contains(field)) {
                predicates.add(equalsEnum(cb, root.get(field), value));
            } else if (referenceFields.contains(field)) {
                Path<?> reference = root;
                for (String step : field.split("\\.")) {
                    reference = reference.get(step);
                }
                predicates.add(equalsId(cb, reference.get("id"), value));
            } else {
                // a filter the list does not know would be ignored without a word: the list would show more than asked
                throw new IllegalArgumentException(type.getSimpleName() + " lists cannot be filtered by " + field);
            }
        });
        return predicates.toArray(Predicate[]::new);
    }

    /** The id of the project of the list's row. */
    private Path<Object> project(Root<T> root) {
        Path<Object> path = root.get(projectPath[0]);
        for (int i = 1; i < projectPath.length; i++) {
            path = path.get(projectPath[i]);
        }
        return path;
    }

    /** @throws IllegalArgumentException for a value that is not an id (an address typed by hand) */
    private static Long id(String value) {
        return Long.valueOf(value.trim());
    }

    private static Predicate equalsId(CriteriaBuilder cb, Path<Object> id, String value) {
        return cb.equal(id, id(value));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Predicate equalsEnum(CriteriaBuilder cb, Path<Object> path, String name) {
        try {
            return cb.equal(path, Enum.valueOf((Class) path.getJavaType(), name));
        } catch (IllegalArgumentException unknown) {
            return cb.disjunction(); // no row has a value that does not exist
        }
    }

    /** Whether the text contains the value, ignoring case (as every text filter of a list). */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> path, String value) {
        String escaped = value.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return cb.like(cb.lower(path), "%" + escaped + "%", '\\');
    }
}

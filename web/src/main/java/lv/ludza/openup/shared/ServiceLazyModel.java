package lv.ludza.openup.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table backed by a service's count and page methods: the database pages, sorts and filters,
 * the screen holds one page. Every list of the product uses it.
 */
public class ServiceLazyModel<T extends BaseEntity> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final SerializableCount count;
    private final SerializablePage<T> page;
    private final Map<String, String> fixed = new HashMap<>();
    private Map<String, String> applied = Map.of();

    public ServiceLazyModel(SerializableCount count, SerializablePage<T> page) {
        this.count = count;
        this.page = page;
    }

    /** A filter the list always applies, whatever the user filters (e.g. the current project). */
    public ServiceLazyModel<T> within(String field, Object value) {
        if (value != null) {
            fixed.put(field, String.valueOf(value));
        }
        return this;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        applied = filters(filterBy);
        return (int) count.applyAsLong(applied);
    }

    /**
     * The filters of the list as last shown, fixed ones included, as a URL query: an export of "the filtered list"
     * takes exactly what the user sees.
     */
    public String getFilterQuery() {
        return applied.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return page.apply(new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, filters(filterBy)));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null
                : rows.stream().filter(r -> String.valueOf(r.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    private Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>(fixed);
        filterBy.forEach((field, meta) -> {
            Object value = meta.getFilterValue();
            if (value != null && !String.valueOf(value).isBlank()) {
                filters.put(field, value instanceof Enum<?> e ? e.name() : String.valueOf(value));
            }
        });
        return filters;
    }

    /** The service's count, kept by a view-scoped bean. */
    @FunctionalInterface
    public interface SerializableCount extends ToLongFunction<Map<String, String>>, java.io.Serializable {
    }

    /** The service's page, kept by a view-scoped bean. */
    @FunctionalInterface
    public interface SerializablePage<T> extends Function<PageRequest, List<T>>, java.io.Serializable {
    }
}

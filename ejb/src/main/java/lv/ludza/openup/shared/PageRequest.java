package lv.ludza.openup.shared;

import java.io.Serializable;
import java.util.Map;

/**
 * One page of a list as a screen asks for it: rows from {@code first}, at most {@code size}, sorted by one field,
 * filtered by field → text ("contains", case-insensitive) or enum name ("equals"). Field names are checked
 * against the list's own allowed fields; nothing the user typed becomes query text.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters)
        implements Serializable {

    /** The filter that searches all text fields at once. */
    public static final String GLOBAL = "globalFilter";

    /** The filter that chooses the project (its id) of every list whose rows belong to a project. */
    public static final String PROJECT = "project";

    public PageRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        first = Math.max(0, first);
        size = Math.max(1, Math.min(size, 1000));
    }
}

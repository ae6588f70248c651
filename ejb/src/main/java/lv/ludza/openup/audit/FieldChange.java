package lv.ludza.openup.audit;

import java.io.Serializable;

/** One field's value before and after a change; values are plain text, null where there was none. */
public record FieldChange(String field, String oldValue, String newValue) implements Serializable {
}

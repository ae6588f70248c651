package lv.ludza.openup.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import lv.ludza.openup.shared.Texts;

/** Names of fields and kinds of change in the history table, in the screen's language. */
@Named
@ApplicationScoped
public class HistoryLabels {

    /** {@code name.lv} → the label under {@code field.name.lv}, else the technical name. */
    public String field(String name) {
        String key = "field." + name;
        return Texts.has(key) ? Texts.get(key) : name;
    }

    public String kind(HistoryEntry.Kind kind) {
        return Texts.get("history.kind." + kind.name());
    }
}

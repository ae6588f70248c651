package lv.ludza.openup.audit;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.shared.Formats;
import lv.ludza.openup.shared.Texts;

/** Names of fields, kinds of change and values in the history table, in the screen's language. */
@Named
@ApplicationScoped
public class HistoryLabels {

    @Inject
    private Formats formats;

    /** {@code name.lv} → the label under {@code field.name.lv}, else the technical name. */
    public String field(String name) {
        return field(null, name);
    }

    /**
     * A field of a kind of record: its own label where the same field name means something else elsewhere
     * ({@code field.asset.dueOn} "return by" against an invoice's {@code field.dueOn} "pay by"), else the common one.
     */
    public String field(String record, String name) {
        String own = "field." + record + "." + name;
        if (record != null && !record.isBlank() && Texts.has(own)) {
            return Texts.get(own);
        }
        String key = "field." + name;
        return Texts.has(key) ? Texts.get(key) : name;
    }

    public String kind(HistoryEntry.Kind kind) {
        return Texts.get("history.kind." + kind.name());
    }

    /** A value as the screens show it elsewhere: money and dates per locale, states by their names. */
    public String value(FieldChange change, String value) {
        if (value == null || value.isEmpty()) {
            return "–";
        }
        try {
            switch (change.type()) {
                case FieldChange.MONEY:
                    return formats.money(new BigDecimal(value.replace(" EUR", "")));
                case FieldChange.DATE:
                    return formats.date(LocalDate.parse(value));
                case FieldChange.BOOLEAN:
                    return Texts.get(Boolean.parseBoolean(value) ? "common.yes" : "common.no");
                case FieldChange.TEXT:
                    return Texts.withNames(value);
                case FieldChange.LOCALIZED:
                    return FieldChange.inLanguage(value, Texts.currentLocale().getLanguage());
                default:
                    String name = Texts.enumName(change.type(), value);
                    return name == null ? value : name;
            }
        } catch (RuntimeException unreadable) {
            return value;
        }
    }
}

package lv.ludza.openup.reporting;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import jakarta.faces.context.FacesContext;

import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.CSVOptions;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;
import org.primefaces.component.export.ExportConfiguration;

import lv.ludza.openup.security.SecurityEvents;
import lv.ludza.openup.shared.SpreadsheetText;
import lv.ludza.openup.shared.Texts;

/**
 * Every list's CSV ({@code <p:dataExporter type="csv">} of any p:dataTable), made for the spreadsheet an accountant
 * in Latvia or Lithuania opens it with: UTF-8 with a byte order mark (PrimeFaces writes it), {@code ;} between cells,
 * amounts with a decimal comma and dates {@code dd.mm.yyyy} whatever the screen's language
 * ({@link SpreadsheetText#excelValue}: a column exports the value itself, e.g. {@code exportValue="#{invoice.gross}"}),
 * yes/no in the user's language, and each text cell neutralised by {@link SpreadsheetText} (the one place CSV cells
 * are written), so a name like {@code =HYPERLINK(...)} arrives as text, not as a live formula. It replaces PrimeFaces' own CSV exporter for data
 * tables when the application starts ({@link Registration}), so no page can forget it.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    /** Excel in Latvia and Lithuania lists with {@code ;} (its list separator where the decimal sign is a comma). */
    private static final CSVOptions EXCEL_LV_LT = new CSVOptions('"', ';', "\r\n");

    @Override
    protected CSVOptions options() {
        return EXCEL_LV_LT;
    }

    /** Logs the export as a security event (which page's list, who), then writes it. */
    @Override
    public void export(FacesContext context, java.util.List<DataTable> tables, ExportConfiguration configuration)
            throws java.io.IOException {
        SecurityEvents.exported(context.getViewRoot().getViewId() + "#" + tables.stream()
                .map(table -> table.getClientId(context)).collect(java.util.stream.Collectors.joining(",")) + ".csv",
                context.getExternalContext().getRemoteUser());
        super.export(context, tables, configuration);
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
            int index) {
        super.exportCellValue(context, table, column, cell(context, value), index);
    }

    private static ColumnValue cell(FacesContext context, ColumnValue value) {
        Object raw = value.getValue();
        if (raw instanceof Boolean yes) {
            return ColumnValue.of(Texts.get(context.getViewRoot().getLocale(), yes ? "common.yes" : "common.no"));
        }
        String number = SpreadsheetText.excelValue(raw);
        return number == null ? value : ColumnValue.of(number);
    }

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(SpreadsheetText.forCsv(value));
    }

    /**
     * Puts this exporter in PrimeFaces' registry for {@code type="csv"} of a data table, on the application's first
     * request (faces-config.xml): the registry lives in PrimeFaces' application context, which cannot be made while
     * the application starts.
     */
    public static class Registration implements PhaseListener {

        private static final long serialVersionUID = 1L;
        private static final AtomicBoolean REGISTERED = new AtomicBoolean();

        @Override
        public void beforePhase(PhaseEvent event) {
            if (REGISTERED.compareAndSet(false, true)) {
                DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // nothing after
        }

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }
    }
}

package lv.ludza.openup.reporting;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.DataExporters;

import lv.ludza.openup.shared.SpreadsheetText;

/**
 * Every list's CSV ({@code <p:dataExporter type="csv">} of any p:dataTable): PrimeFaces' CSV with each cell
 * neutralised by {@link SpreadsheetText} (the one place CSV cells are written), so a name like
 * {@code =HYPERLINK(...)} arrives as text, not as a live formula. It replaces PrimeFaces' own CSV exporter for data
 * tables when the application starts ({@link Registration}), so no page can forget it.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

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

package lv.ludza.openup.inventory;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import lv.ludza.openup.project.CurrentProject;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Texts;

/** Import of assets from a CSV or XLSX file: all rows are checked, nothing is saved unless every row is right. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    private CurrentProject currentProject;

    @Inject
    private InventoryService inventory;

    private String fileName;
    private List<AssetImport.Problem> problems = List.of();
    private Integer imported;

    /** One line of the report as shown: the row, the column's name, the message. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int row;
        private final String column;
        private final String message;

        Line(int row, String column, String message) {
            this.row = row;
            this.column = column;
            this.message = message;
        }

        public int getRow() {
            return row;
        }

        public String getColumn() {
            return column;
        }

        public String getMessage() {
            return message;
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        imported = null;
        problems = List.of();
        if (file.getSize() > MAX_BYTES) {
            Feedback.fieldError("file", "inventory.import.tooLarge", fileName);
            return;
        }
        List<AssetImport.Row> rows;
        try {
            rows = AssetFileReader.read(fileName, file.getContent());
        } catch (IOException e) {
            Feedback.fieldError("file", "inventory.import.unreadable", fileName);
            return;
        }
        AssetImport.Result[] result = new AssetImport.Result[1];
        if (Feedback.attempt(() -> result[0] = inventory.importAssets(currentProject.getId(), rows))) {
            problems = result[0].problems();
            if (result[0].ok()) {
                imported = result[0].imported();
                Feedback.info("inventory.import.done", imported);
            } else {
                Feedback.fieldError(null, "inventory.import.refused", problems.size());
            }
        }
    }

    public List<Line> getReport() {
        return problems.stream().map(p -> new Line(p.rowNumber(), p.column().isEmpty() ? ""
                : Texts.get("inventory.import.column." + p.column()), Texts.get(p.key(), p.args().toArray()))).toList();
    }

    public String getSummary() {
        return imported == null ? null : Texts.get("inventory.import.summary", imported);
    }

    public String getFileName() {
        return fileName;
    }

    public Integer getImported() {
        return imported;
    }
}

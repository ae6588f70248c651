package lv.ludza.openup.inventory;

import java.io.Serializable;
import java.util.List;

/**
 * An import of assets from a file: the rows as read (text cells, in the columns of the register's XLSX export),
 * the problems found in them and the outcome.
 */
public final class AssetImport {

    /** The columns of the import file, in order (the export's columns plus manufacturer, model, serial number). */
    public static final List<String> COLUMNS = List.of("number", "name", "category", "partner", "location", "status",
            "acquiredOn", "net", "gross", "keepUntil", "manufacturer", "model", "serialNumber");

    private AssetImport() {
    }

    /**
     * One row of the file as text. {@code category} is a category's code or its name in any language, as typed (case
     * does not matter); {@code status} and {@code keepUntil} are ignored (imported assets are in use, keep-until follows the
     * project).
     */
    public record Row(int rowNumber, String number, String name, String category, String partner, String location,
            String acquiredOn, String net, String gross, String manufacturer, String model, String serialNumber)
            implements Serializable {
    }

    /** A problem in a row: the column (one of {@link #COLUMNS}), a bundle key and its arguments. */
    public record Problem(int rowNumber, String column, String key, List<Object> args) implements Serializable {
    }

    /** Either the problems (and nothing saved) or how many assets were imported. */
    public record Result(List<Problem> problems, int imported) implements Serializable {
        public boolean ok() {
            return problems.isEmpty();
        }
    }
}

package lv.ludza.openup.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.reporting.ExportServlet;
import lv.ludza.openup.reporting.ExportServlet.Download;
import lv.ludza.openup.reporting.PdfExport;
import lv.ludza.openup.reporting.QrCode;
import lv.ludza.openup.reporting.PdfExport.Cell;
import lv.ludza.openup.reporting.XlsxExport;
import lv.ludza.openup.shared.Formats;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.ProjectTime;
import lv.ludza.openup.shared.Texts;

/**
 * The inventory's downloads: QR labels ({@code /labels.pdf?asset=1,2} or {@code ?line=<invoice line>}), a
 * stock-take's protocol ({@code /stocktake.pdf?id=}) and the filtered register ({@code /assets.xlsx?...}).
 */
@ApplicationScoped
public class InventoryExports {

    static final List<String> FILTERS = List.of("partner", PageRequest.PROJECT, "location", "category", "status",
            "inventoryNumber", "name", PageRequest.GLOBAL);

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private ProjectService projects;

    @Inject
    private InventoryService inventory;

    @Inject
    private StockTakeService stockTakes;

    /** The download a path names, or null for none; {@code base} is the application's address for the QR links. */
    public Download export(String path, Map<String, String[]> parameters, Locale locale, String base) {
        return switch (path) {
            case "/labels.pdf" -> Download.of("openup-labels.pdf", "application/pdf",
                    out -> labels(assetsOf(parameters), base, locale, out));
            case "/stocktake.pdf" -> {
                long id = Long.parseLong(ExportServlet.parameter(parameters, "id"));
                yield Download.of("openup-stocktake-" + id + ".pdf", "application/pdf", out -> protocol(id, locale, out));
            }
            case "/assets-template.xlsx" -> Download.of("openup-assets-import.xlsx", XLSX, out -> template(locale, out));
            case "/assets.xlsx" -> {
                ExportServlet.project(parameters, projects);
                yield Download.of("openup-assets.xlsx", XLSX, out -> register(filters(parameters), locale, out));
            }
            default -> null;
        };
    }

    /** The assets a label sheet asks for; none (no or unknown ids) is not found, not an empty sheet. */
    private List<Asset> assetsOf(Map<String, String[]> parameters) {
        String line = ExportServlet.parameter(parameters, "line");
        String ids = ExportServlet.parameter(parameters, "asset");
        List<Asset> assets = line != null ? inventory.ofInvoiceLine(Long.parseLong(line))
                : ids == null ? List.of()
                : inventory.findAll(Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(Long::valueOf).toList());
        if (assets.isEmpty()) {
            throw new lv.ludza.openup.shared.RuleViolation("error.recordDeleted");
        }
        return assets;
    }

    /** The text a label's QR code carries: the asset's page, which ends with its inventory number. */
    public static String linkOf(String base, Asset asset) {
        return base + "/inventory/asset.xhtml?number=" + asset.getInventoryNumber();
    }

    void labels(List<Asset> assets, String base, Locale locale, OutputStream out) {
        String programme = Texts.get(locale, "inventory.label.programme");
        List<PdfExport.Label> labels = new ArrayList<>();
        for (Asset asset : assets) {
            labels.add(new PdfExport.Label(QrCode.image(linkOf(base, asset)), List.of(asset.getInventoryNumber(),
                    asset.getPartner().getShortName() + " · " + asset.getName(), programme)));
        }
        try (PdfExport pdf = new PdfExport(out, false, Texts.get(locale, "pdf.programmeLine"),
                Texts.get(locale, "pdf.page"))) {
            pdf.labels(2, labels);
        }
    }

    void protocol(long id, Locale locale, OutputStream out) {
        StockTake stockTake = stockTakes.find(id).orElseThrow(() -> new lv.ludza.openup.shared.RuleViolation(
                "error.recordDeleted"));
        List<StockTakeEntry> entries = stockTakes.entries(id);
        try (PdfExport pdf = new PdfExport(out, false, Texts.get(locale, "pdf.programmeLine"),
                Texts.get(locale, "pdf.page"))) {
            String where = stockTake.getLocation() == null ? Texts.get(locale, "inventory.stockTake.wholeLibrary")
                    : stockTake.getLocation().getName();
            pdf.heading(Texts.get(locale, "inventory.protocol.title"), stockTake.getPartner().getLegalName(),
                    Texts.get(locale, "inventory.protocol.subtitle", where,
                            Formats.date(stockTake.getStartedOn(), locale),
                            stockTake.getClosedOn() == null ? "—" : Formats.date(stockTake.getClosedOn(), locale)));
            Map<ScanOutcome, Integer> counts = new HashMap<>();
            entries.forEach(e -> counts.merge(e.getOutcome(), 1, Integer::sum));
            List<String> summary = new ArrayList<>();
            for (ScanOutcome outcome : ScanOutcome.values()) {
                summary.add(Texts.get(locale, "inventory.outcome." + outcome) + ": " + counts.getOrDefault(outcome, 0));
            }
            pdf.paragraph(String.join("; ", summary));
            if (stockTake.isLocationsUpdated()) {
                pdf.paragraph(Texts.get(locale, "inventory.protocol.locationsUpdated"));
            }
            List<List<Cell>> rows = new ArrayList<>();
            int no = 1;
            for (StockTakeEntry entry : entries) {
                rows.add(List.of(Cell.amount(String.valueOf(no++)), Cell.text(entry.getNumber()),
                        Cell.text(entry.getAsset() == null ? "" : entry.getAsset().getName()),
                        Cell.text(entry.getRegisteredAt() == null ? "" : entry.getRegisteredAt().getName()),
                        Cell.text(Texts.get(locale, "inventory.outcome." + entry.getOutcome()))));
            }
            pdf.table(new float[] { 0.5f, 2.2f, 5f, 2.6f, 2f },
                    List.of("#", Texts.get(locale, "inventory.number"), Texts.get(locale, "inventory.name"),
                            Texts.get(locale, "inventory.protocol.registeredAt"),
                            Texts.get(locale, "inventory.protocol.outcome")),
                    rows);
            pdf.signatures(List.of(Texts.get(locale, "inventory.protocol.commission"),
                    Texts.get(locale, "inventory.protocol.commission"), Texts.get(locale, "inventory.protocol.approvedBy")),
                    Texts.get(locale, "pdf.nameDateSignature"));
        }
    }

    void register(Map<String, String> filters, Locale locale, OutputStream out) throws IOException {
        try (XlsxExport sheet = new XlsxExport(out, Texts.get(locale, "inventory.title"), 16, 36, 16, 14, 20, 12, 14, 14, 14,
                14)) {
            sheet.title(Texts.get(locale, "inventory.title"))
                    .note(Texts.get(locale, "export.madeOn", Formats.date(LocalDate.now(ProjectTime.ZONE), locale)))
                    .blank()
                    .header(Texts.get(locale, "inventory.number"), Texts.get(locale, "inventory.name"),
                            Texts.get(locale, "inventory.category"), Texts.get(locale, "user.partner"),
                            Texts.get(locale, "inventory.location"), Texts.get(locale, "inventory.status"),
                            Texts.get(locale, "inventory.acquiredOn"), Texts.get(locale, "inventory.net"),
                            Texts.get(locale, "inventory.gross"), Texts.get(locale, "inventory.keepUntil"));
            inventory.export(filters, "inventoryNumber", true, asset -> sheet.row(asset.getInventoryNumber(),
                    asset.getName(), asset.getCategory().nameIn(locale),
                    asset.getPartner().getShortName(), asset.getLocation() == null ? null : asset.getLocation().getName(),
                    Texts.get(locale, "inventory.status." + asset.getStatus()), asset.getAcquiredOn(), asset.getNet(),
                    asset.getGross(), asset.getKeepUntil()));
        }
    }

    /** The import file's columns (the register's plus manufacturer, model, serial number), to fill in. */
    void template(Locale locale, OutputStream out) throws IOException {
        try (XlsxExport sheet = new XlsxExport(out, Texts.get(locale, "inventory.import.title"), 16, 36, 16, 14, 20, 12, 14,
                14, 14, 14, 18, 18, 18)) {
            sheet.title(Texts.get(locale, "inventory.import.title"))
                    .note(Texts.get(locale, "inventory.import.templateNote"))
                    .blank()
                    .header(AssetImport.COLUMNS.stream().map(c -> Texts.get(locale, "inventory.import.column." + c))
                            .toArray(String[]::new));
        }
    }

    private static Map<String, String> filters(Map<String, String[]> parameters) {
        Map<String, String> filters = new HashMap<>();
        FILTERS.forEach(name -> {
            String value = ExportServlet.parameter(parameters, name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value);
            }
        });
        return filters;
    }
}

package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.reporting.ExportServlet;
import lv.ludza.openup.reporting.ExportServlet.Download;
import lv.ludza.openup.reporting.XlsxExport;
import lv.ludza.openup.shared.Formats;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;
import lv.ludza.openup.shared.Texts;

/**
 * The money spine's downloads: a partner report (XLSX, PDF), its evidence pack (ZIP) and the filtered expenditure
 * list (XLSX).
 */
@ApplicationScoped
public class MoneyExports {

    /** The filters of the expenditure list a download link may carry. */
    static final List<String> FILTERS = List.of(PageRequest.PROJECT, "partner", "period", "category", "verdict",
            PageRequest.GLOBAL);

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private ProjectService projects;

    @Inject
    private PartnerReportService reports;

    @Inject
    private ExpenditureService expenditure;

    @Inject
    private EvidenceService evidence;

    /** The download a path names, or null for none. */
    public Download export(String path, Map<String, String[]> parameters, Locale locale) {
        return switch (path) {
            case "/report.xlsx" -> {
                PartnerReportExport export = reportExport(parameters, locale);
                yield Download.of(export.fileName("xlsx"), XLSX, export::xlsx);
            }
            case "/report.pdf" -> {
                PartnerReportExport export = reportExport(parameters, locale);
                yield Download.of(export.fileName("pdf"), "application/pdf", out -> export.pdf(out));
            }
            case "/evidence.zip" -> {
                // the evidence is read now: a reader without access is refused before a byte is written
                long partner = Long.parseLong(ExportServlet.parameter(parameters, "partner"));
                long period = Long.parseLong(ExportServlet.parameter(parameters, "period"));
                EvidencePack pack = new EvidencePack(evidence.evidence(partner, period),
                        reportExport(parameters, locale), document -> evidence.packed(partner, period, document),
                        locale);
                yield Download.of(pack.fileName(), "application/zip", pack::write);
            }
            case "/expenditure.xlsx" -> {
                ExportServlet.project(parameters, projects);
                yield Download.of("openup-expenditure.xlsx", XLSX, out -> expenditureList(filters(parameters), locale, out));
            }
            default -> null;
        };
    }

    /** The report (read now: a reader without access is refused before a byte is written) and its items, streamed. */
    private PartnerReportExport reportExport(Map<String, String[]> parameters, Locale locale) {
        long partner = Long.parseLong(ExportServlet.parameter(parameters, "partner"));
        long period = Long.parseLong(ExportServlet.parameter(parameters, "period"));
        return new PartnerReportExport(reports.report(partner, period), sink -> reports.items(partner, period, sink),
                locale);
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

    /** The list streams out row by row: memory stays flat however many items the filter selects. */
    void expenditureList(Map<String, String> filters, Locale locale, OutputStream out) throws IOException {
        try (XlsxExport sheet = new XlsxExport(out, Texts.get(locale, "expenditureList.title"), 14, 6, 26, 50, 14, 14, 16,
                14, 16)) {
            sheet.title(Texts.get(locale, "expenditureList.title"))
                    .note(Texts.get(locale, "export.madeOn", Formats.date(java.time.LocalDate.now(), locale)))
                    .blank()
                    .header(Texts.get(locale, "user.partner"), Texts.get(locale, "reportingPeriod"),
                            Texts.get(locale, "budget.category"), Texts.get(locale, "expenditure.description"),
                            Texts.get(locale, "expenditure.documentDate"), Texts.get(locale, "payment.paidOn"),
                            Texts.get(locale, "expenditure.amount"), Texts.get(locale, "verdict"),
                            Texts.get(locale, "verdict.certified"));
            Money[] sums = { Money.ZERO, Money.ZERO };
            long count = expenditure.export(filters, item -> {
                sheet.row(item.getPartner().getShortName(), item.getPeriod().getNumber(),
                        Texts.get(locale, "costCategory." + item.getCategory()), item.getDescription(),
                        item.getDocumentDate(), item.getPaidOn(), item.getAmount(),
                        item.getVerdict() == null ? null : Texts.get(locale, "verdict." + item.getVerdict()),
                        item.getCertified());
                sums[0] = sums[0].plus(item.getAmount());
                sums[1] = item.getCertified() == null ? sums[1] : sums[1].plus(item.getCertified());
            });
            Money total = sums[0];
            Money certified = sums[1];
            sheet.total(Texts.get(locale, "budget.total"), count, null, null, null, null, total, null, certified);
        }
    }
}

package lv.ludza.openup.procurement;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lv.ludza.openup.procurement.PartnerReportService.CategoryTotal;
import lv.ludza.openup.procurement.PartnerReportService.ReportContent;
import lv.ludza.openup.reporting.PdfExport;
import lv.ludza.openup.reporting.PdfExport.Cell;
import lv.ludza.openup.reporting.XlsxExport;
import lv.ludza.openup.shared.Formats;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Texts;

/** A partner report as the programme gets it: the items, the totals per category and the ERDF share. */
final class PartnerReportExport {

    private final ReportContent report;
    private final Items items;
    private final Locale locale;

    /** The report's items handed one by one to a sink, in the report's order (read by a cursor, not held). */
    @FunctionalInterface
    interface Items {
        void each(java.util.function.Consumer<ExpenditureItem> sink);
    }

    PartnerReportExport(ReportContent report, Items items, Locale locale) {
        this.report = report;
        this.items = items;
        this.locale = locale;
    }

    String fileName(String extension) {
        return "openup-report-" + report.partner().getShortName().replaceAll("[^A-Za-z0-9]", "")
                + "-" + report.period().getNumber() + "." + extension;
    }

    private String text(String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    String title() {
        return text("report.heading", report.partner().getShortName(), report.period().getNumber());
    }

    private String subtitle() {
        return report.partner().getProject().getCode() + " " + report.partner().getProject().getAcronym() + " · "
                + Formats.period(report.period().getPeriod(), locale) + " · " + text("report.status") + ": "
                + text("reportStatus." + report.status());
    }

    void xlsx(OutputStream out) throws IOException {
        try (XlsxExport sheet = new XlsxExport(out, text("report.title"), 6, 28, 48, 14, 14, 16, 14, 16, 40)) {
            sheet.title(title()).note(subtitle()).note(report.partner().getLegalName()).blank();
            sheet.header("#", text("budget.category"), text("expenditure.description"), text("expenditure.documentDate"),
                    text("payment.paidOn"), text("expenditure.amount"), text("verdict"), text("verdict.certified"),
                    text("verdict.reason"));
            int[] no = { 1 };
            items.each(item -> sheet.row(no[0]++, text("costCategory." + item.getCategory()), item.getDescription(),
                    item.getDocumentDate(), item.getPaidOn(), item.getAmount(),
                    item.getVerdict() == null ? null : text("verdict." + item.getVerdict()),
                    item.getCertified(), item.getVerdictReason()));
            sheet.blank().header(text("budget.category"), text("report.items"), text("report.declared"),
                    text("verdict.certified"));
            for (CategoryTotal total : report.totals()) {
                sheet.row(text("costCategory." + total.category()), total.items(), total.declared(),
                        total.certified());
            }
            sheet.total(text("budget.total"), report.items(), report.declared(), report.certified());
            sheet.total(text("report.erdf", Formats.rate(report.partner().getErdfRate(), locale)), null,
                    report.erdfDeclared(), report.erdfCertified());
        }
    }

    void pdf(OutputStream out) {
        try (PdfExport pdf = new PdfExport(out, true, text("pdf.programmeLine"), text("pdf.page"))) {
            pdf.heading(title(), subtitle(), report.partner().getLegalName());
            // written page by page as the items come: the PDF of 50,000 items never holds them all
            try (PdfExport.Table table = pdf.table(new float[] { 3, 14, 40, 10, 12, 16, 12 }, List.of("#",
                    text("budget.category"), text("expenditure.description"), text("payment.paidOn"),
                    text("expenditure.amount"), text("verdict"), text("verdict.certified")))) {
                int[] no = { 1 };
                items.each(item -> table.row(List.of(Cell.text(String.valueOf(no[0]++)),
                        Cell.text(text("costCategory." + item.getCategory())), Cell.text(item.getDescription()),
                        Cell.text(Formats.date(item.getPaidOn(), locale)), Cell.amount(money(item.getAmount())),
                        Cell.text(item.getVerdict() == null ? "" : text("verdict." + item.getVerdict())
                                + (item.getVerdictReason() == null ? "" : ": " + item.getVerdictReason())),
                        Cell.amount(money(item.getCertified())))));
            }
            List<List<Cell>> totals = new ArrayList<>();
            for (CategoryTotal total : report.totals()) {
                totals.add(List.of(Cell.text(text("costCategory." + total.category())),
                        Cell.amount(money(total.declared())), Cell.amount(money(total.certified()))));
            }
            totals.add(List.of(new Cell(text("budget.total"), false, true),
                    new Cell(money(report.declared()), true, true), new Cell(money(report.certified()), true, true)));
            totals.add(List.of(new Cell(text("report.erdf", Formats.rate(report.partner().getErdfRate(), locale)),
                    false, true), new Cell(money(report.erdfDeclared()), true, true),
                    new Cell(money(report.erdfCertified()), true, true)));
            pdf.table(new float[] { 40, 20, 20 }, List.of(text("budget.category"), text("report.declared"),
                    text("verdict.certified")), totals);
            pdf.signatures(List.of(text("report.preparedBy"), text("report.approvedBy")), text("pdf.nameDateSignature"));
        }
    }

    private String money(Money amount) {
        return amount == null ? "" : Formats.money(amount.amount(), locale);
    }
}

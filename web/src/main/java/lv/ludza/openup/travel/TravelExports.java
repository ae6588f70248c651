package lv.ludza.openup.travel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import lv.ludza.openup.reporting.ExportServlet.Download;
import lv.ludza.openup.reporting.PdfExport;
import lv.ludza.openup.reporting.PdfExport.Cell;
import lv.ludza.openup.reporting.XlsxExport;
import lv.ludza.openup.shared.Formats;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.Texts;

/**
 * The trip report: participants, itinerary, cost per participant, per partner and per category; PDF and XLSX
 * ({@code /export/trip.pdf?id=..}, {@code /export/trip.xlsx?id=..}).
 */
@ApplicationScoped
public class TravelExports {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private TripService trips;

    /** The download a path names, or null when it is not one of the trip report's. */
    public Download export(String path, Map<String, String[]> parameters, Locale locale) {
        return switch (path) {
            case "/trip.pdf" -> download("trip-report.pdf", "application/pdf", report(parameters), locale, true);
            case "/trip.xlsx" -> download("trip-report.xlsx", XLSX, report(parameters), locale, false);
            default -> null;
        };
    }

    private TripReport report(Map<String, String[]> parameters) {
        String[] id = parameters.get("id");
        return trips.report(Long.parseLong(id == null || id.length == 0 ? "" : id[0]));
    }

    private static Download download(String name, String type, TripReport report, Locale locale, boolean pdf) {
        return new Download() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public String contentType() {
                return type;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                if (pdf) {
                    pdf(report, locale, out);
                } else {
                    xlsx(report, locale, out);
                }
            }
        };
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    private static String money(Money amount, Locale locale) {
        return amount == null ? "" : Formats.money(amount.amount(), locale);
    }

    private static String subtitle(TripReport report, Locale locale) {
        Trip trip = report.trip();
        return trip.getTitle() + " · " + report.route() + " · " + Formats.date(trip.getStartsOn(), locale) + " – " + Formats.date(trip.getEndsOn(), locale);
    }

    static void pdf(TripReport report, Locale locale, OutputStream out) {
        try (PdfExport pdf = new PdfExport(out, true, text(locale, "pdf.programmeLine"), text(locale, "pdf.page"))) {
            Trip trip = report.trip();
            pdf.heading(text(locale, "travel.report.title"), subtitle(report, locale),
                    text(locale, "travel.trip.organiser") + ": " + trip.getOrganiser().getLegalName());
            if (trip.getPurpose() != null) {
                pdf.paragraph(trip.getPurpose());
            }
            List<List<Cell>> itinerary = new ArrayList<>();
            for (ItineraryItem item : report.itinerary()) {
                itinerary.add(List.of(Cell.text(Formats.date(item.getDay(), locale)),
                        Cell.text(time(item)), Cell.text(text(locale, "travel.itinerary.kind." + item.getKind())),
                        Cell.text(item.getDescription() + (item.getPlace() == null ? "" : " — " + item.getPlace()))));
            }
            pdf.table(new float[] { 12, 10, 12, 60 }, List.of(text(locale, "travel.itinerary.day"),
                    text(locale, "travel.itinerary.time"), text(locale, "travel.itinerary.kind"),
                    text(locale, "travel.itinerary.description")), itinerary);
            List<List<Cell>> costs = new ArrayList<>();
            for (TripReport.Line line : report.lines()) {
                Participant p = line.order().getParticipant();
                costs.add(List.of(Cell.text(line.order().getNumber()),
                        Cell.text(p.getName() + (p.getPosition() == null ? "" : ", " + p.getPosition())),
                        Cell.text(p.getEmployer().getShortName()), Cell.amount(money(line.perDiem(), locale)),
                        Cell.amount(money(line.expensesTotal(), locale)), Cell.amount(money(line.cost(), locale))));
            }
            costs.add(List.of(new Cell(text(locale, "travel.report.total"), false, true), Cell.text(""), Cell.text(""),
                    Cell.text(""), Cell.text(""), new Cell(money(report.total(), locale), true, true)));
            pdf.table(new float[] { 12, 34, 14, 12, 12, 12 }, List.of(text(locale, "travel.order.title"),
                    text(locale, "travel.participant.name"), text(locale, "travel.participant.employer"),
                    text(locale, "travel.settlement.perDiem"), text(locale, "travel.expenses.title"),
                    text(locale, "travel.report.cost")), costs);
            List<List<Cell>> sums = new ArrayList<>();
            report.perPartner().forEach((partner, sum) -> sums.add(List.of(Cell.text(partner),
                    Cell.amount(money(sum, locale)))));
            report.perCategory().forEach((category, sum) -> sums.add(List.of(Cell.text(category(locale, category)),
                    Cell.amount(money(sum, locale)))));
            pdf.table(new float[] { 40, 20 }, List.of(text(locale, "travel.report.perPartner") + " / "
                    + text(locale, "travel.report.perCategory"), text(locale, "travel.report.cost")), sums);
            pdf.signatures(List.of(text(locale, "report.preparedBy"), text(locale, "report.approvedBy")),
                    text(locale, "pdf.nameDateSignature"));
        }
    }

    static void xlsx(TripReport report, Locale locale, OutputStream out) throws IOException {
        try (XlsxExport sheet = new XlsxExport(out, text(locale, "travel.report.title"), 14, 36, 16, 14, 14, 14)) {
            sheet.title(text(locale, "travel.report.title")).note(subtitle(report, locale))
                    .note(text(locale, "export.madeOn", Formats.date(LocalDate.now(), locale))).blank();
            sheet.header(text(locale, "travel.itinerary.day"), text(locale, "travel.itinerary.description"),
                    text(locale, "travel.itinerary.kind"), text(locale, "travel.itinerary.time"));
            for (ItineraryItem item : report.itinerary()) {
                sheet.row(item.getDay(), item.getDescription() + (item.getPlace() == null ? "" : " — " + item.getPlace()),
                        text(locale, "travel.itinerary.kind." + item.getKind()), time(item));
            }
            sheet.blank().header(text(locale, "travel.order.title"), text(locale, "travel.participant.name"),
                    text(locale, "travel.participant.employer"), text(locale, "travel.settlement.perDiem"),
                    text(locale, "travel.expenses.title"), text(locale, "travel.report.cost"));
            for (TripReport.Line line : report.lines()) {
                Participant p = line.order().getParticipant();
                sheet.row(line.order().getNumber(), p.getName(), p.getEmployer().getShortName(), line.perDiem(),
                        line.expensesTotal(), line.cost());
            }
            sheet.total(text(locale, "travel.report.total"), null, null, null, null, report.total());
            sheet.blank().header(text(locale, "travel.report.perPartner"), text(locale, "travel.report.cost"));
            report.perPartner().forEach((partner, sum) -> sheet.row(partner, sum));
            sheet.blank().header(text(locale, "travel.report.perCategory"), text(locale, "travel.report.cost"));
            report.perCategory().forEach((category, sum) -> sheet.row(category(locale, category), sum));
        }
    }

    private static String category(Locale locale, String category) {
        return "PER_DIEM".equals(category) ? text(locale, "travel.report.PER_DIEM")
                : text(locale, "travel.expense.kind." + category);
    }

    private static String time(ItineraryItem item) {
        return (item.getStartsAt() == null ? "" : item.getStartsAt().toString())
                + (item.getEndsAt() == null ? "" : "–" + item.getEndsAt());
    }
}

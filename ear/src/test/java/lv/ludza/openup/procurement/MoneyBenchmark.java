package lv.ludza.openup.procurement;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.it.WebSession;
import lv.ludza.openup.project.BudgetLine;
import lv.ludza.openup.project.BudgetService;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.project.ReportingPeriod;
import lv.ludza.openup.shared.PageRequest;

/**
 * Not a test: a benchmark that prints figures. Seeds 100,000 expenditure items, then measures the budget overview,
 * the expenditure list (first and a deep page, sorted), a partner report and the XLSX export of all items, and the
 * server's heap. Run it with {@code ./mvnw verify -Pbenchmark} (H2) or add {@code -Ppostgres}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MoneyBenchmark {

    static final int ITEMS = Integer.getInteger("openup.benchmark.items", 100_000);
    private static final int ROUNDS = 5;

    @ArquillianResource
    private URL base;

    @Test
    @Order(1)
    void seed() throws Exception {
        AsUser as = Services.lookup(AsUser.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        BudgetService budgets = Services.lookup(BudgetService.class);
        Project project = as.call("auditor", () -> projects.findDefault().orElseThrow());
        List<ReportingPeriod> periods = as.call("auditor", () -> projects.periodsOf(project.getId()));
        List<BudgetLine> lines = new ArrayList<>();
        for (Partner partner : project.getPartners()) {
            lines.addAll(as.call("auditor", () -> budgets.linesOf(partner.getId())).values());
        }
        LocalDate start = project.getPeriod().start();
        int days = (int) project.getPeriod().days();
        long began = System.nanoTime();
        DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/OpenUpDS");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO expenditure_item (id, version,"
                        + " created_at, created_by, updated_at, updated_by, partner_id, budget_line_id, category,"
                        + " description, document_date, paid_on, period_id, amount, project_id)"
                        + " VALUES (?, 0, ?, 'benchmark', ?, 'benchmark', ?, ?, ?, ?, ?, ?, ?, ?, " + project.getId()
                        + ")")) {
            Timestamp now = new Timestamp(System.currentTimeMillis());
            for (int i = 0; i < ITEMS; i++) {
                BudgetLine line = lines.get(i % lines.size());
                LocalDate paid = start.plusDays(i % days);
                ReportingPeriod period = periods.stream().filter(p -> p.getPeriod().contains(paid)).findFirst()
                        .orElseThrow();
                insert.setLong(1, 5_000_000_000L + i);
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setLong(4, line.getPartner().getId());
                insert.setLong(5, line.getId());
                insert.setString(6, line.getCategory().name());
                insert.setString(7, "Benchmark cost " + i);
                insert.setDate(8, Date.valueOf(paid));
                insert.setDate(9, Date.valueOf(paid));
                insert.setLong(10, period.getId());
                insert.setBigDecimal(11, new java.math.BigDecimal(i % 1000 + 1).movePointLeft(2));
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            // (written around the application: its spending totals computed again, as after the 100× seeding)
            SpendingTotals.refreshAll(connection);
        }
        print("seed %,d items (JDBC batches)", ITEMS, System.nanoTime() - began);
    }

    @Test
    @Order(2)
    void screens() throws Exception {
        AsUser as = Services.lookup(AsUser.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        BudgetService budgets = Services.lookup(BudgetService.class);
        ExpenditureService expenditure = Services.lookup(ExpenditureService.class);
        PartnerReportService reports = Services.lookup(PartnerReportService.class);
        Project project = as.call("auditor", () -> projects.findDefault().orElseThrow());
        long total = as.call("auditor", () -> expenditure.count(Map.of()));
        System.out.printf("BENCHMARK %,d expenditure items in the database%n", total);
        time("budget overview (planned, spent, by month)", () -> as.call("auditor", () -> {
            budgets.budgetOf(project);
            budgets.spentOf(project);
            return budgets.spendingByMonth(project);
        }));
        time("expenditure list, first page of 20 by date", () -> as.call("auditor", () -> {
            expenditure.count(Map.of());
            return expenditure.page(new PageRequest(0, 20, "paidOn", false, Map.of()));
        }));
        time("expenditure list, page 2,500 of 20 by amount", () -> as.call("auditor", () -> {
            expenditure.count(Map.of());
            return expenditure.page(new PageRequest(50_000, 20, "amount.amount", true, Map.of()));
        }));
        time("expenditure list, text filter", () -> as.call("auditor", () -> {
            expenditure.count(Map.of(PageRequest.GLOBAL, "cost 9999"));
            return expenditure.page(new PageRequest(0, 20, "paidOn", true, Map.of(PageRequest.GLOBAL, "cost 9999")));
        }));
        Partner ludza = project.getLeadPartner();
        ReportingPeriod second = as.call("auditor", () -> projects.periodsOf(project.getId())).get(1);
        time("partner report (Ludza, period 2, all items)", () -> as.call("auditor",
                () -> reports.report(ludza.getId(), second.getId()).items()));
        time("partner reports overview", () -> as.call("auditor", () -> reports.overview(project)));
        heap("heap after the screens");
    }

    @Test
    @Order(3)
    void beforeExport() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        heap("heap before the export");
    }

    @Test
    @Order(4)
    @RunAsClient
    void export() throws Exception {
        String application = URI.create(base.toString()).resolve("/openup").toString();
        WebSession auditor = WebSession.login(application, "auditor", AsUser.DEMO_PASSWORD, "en");
        // the list's own export link (it names the project)
        Matcher link = Pattern.compile("href=\"/openup(/export/expenditure\\.xlsx[^\"]*)\"")
                .matcher(auditor.get("/procurement/expenditure.xhtml").body());
        if (!link.find()) {
            throw new IllegalStateException("no export link on the expenditure list");
        }
        String export = link.group(1).replace("&amp;", "&");
        for (int round = 1; round <= 2; round++) {
            long began = System.nanoTime();
            WebSession.Page xlsx = auditor.get(export);
            long took = System.nanoTime() - began;
            if (xlsx.status() != 200) {
                throw new IllegalStateException("export answered " + xlsx.status());
            }
            System.out.printf("BENCHMARK XLSX export of all items, round %d: %,d ms, %,d bytes%n", round,
                    took / 1_000_000, xlsx.bytes().length);
        }
    }

    @Test
    @Order(5)
    void afterExport() {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("BENCHMARK peak heap used during the export (sum of pool peaks): %,d MB%n",
                peak / (1024 * 1024));
        heap("heap after the export");
    }

    private static void time(String what, Callable<?> work) throws Exception {
        long[] took = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long began = System.nanoTime();
            work.call();
            took[i] = System.nanoTime() - began;
        }
        long[] sorted = took.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCHMARK %-48s first %,6d ms, median %,6d ms (of %d)%n", what, took[0] / 1_000_000,
                sorted[ROUNDS / 2] / 1_000_000, ROUNDS);
    }

    private static void print(String what, int count, long nanos) {
        System.out.printf("BENCHMARK " + what + ": %,d ms%n", count, nanos / 1_000_000);
    }

    private static void heap(String when) {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("BENCHMARK %s: %,d MB used of %,d MB (max %,d MB)%n", when,
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), runtime.totalMemory() / (1024 * 1024),
                runtime.maxMemory() / (1024 * 1024));
    }
}

package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.project.BudgetService;
import lv.ludza.openup.project.CostCategory;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.PageRequest;

/**
 * The spending totals that the budget, the reports and the threshold warnings read ({@link SpendingTotals}) equal
 * the sums of the items themselves: after each kind of change one test makes (declared, another line, changed,
 * an invoice's supplier and date changed, withdrawn), and for every partner of every project after whatever the
 * tests before it did (verdicts, the demo, the travel settlements...).
 */
@ExtendWith(ArquillianExtension.class)
class SpendingTotalsIT {

    /** Each summary table beside the same sums computed from the items now. */
    private static final String[][] SAME = {
        { "SELECT partner_id, category, paid_month, amount, items FROM spending_by_month",
            "SELECT partner_id, category, " + SpendingTotals.PAID_MONTH + ", SUM(amount), COUNT(*) FROM expenditure_item"
                    + " GROUP BY partner_id, category, " + SpendingTotals.PAID_MONTH },
        { "SELECT partner_id, period_id, category, declared, certified, items, judged FROM spending_by_period",
            "SELECT partner_id, period_id, category, SUM(amount), SUM(certified), COUNT(*), COUNT(verdict)"
                    + " FROM expenditure_item GROUP BY partner_id, period_id, category" },
        { "SELECT partner_id, category, supplier_id, net, first_issued_on FROM spending_by_supplier",
            "SELECT e.partner_id, e.category, i.supplier_id, SUM(l.amount_net), MIN(i.issued_on)"
                    + " FROM expenditure_item e JOIN invoice_line l ON l.id = e.invoice_line_id"
                    + " JOIN invoice i ON i.id = l.invoice_id GROUP BY e.partner_id, e.category, i.supplier_id" } };

    private AsUser as;
    private ExpenditureService expenditure;
    private InvoiceService invoices;
    private SupplierService suppliers;
    private BudgetService budgets;
    private Project openUp;

    @BeforeEach
    void lookUpServices() throws Exception {
        as = Services.lookup(AsUser.class);
        expenditure = Services.lookup(ExpenditureService.class);
        invoices = Services.lookup(InvoiceService.class);
        suppliers = Services.lookup(SupplierService.class);
        budgets = Services.lookup(BudgetService.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        openUp = as.call("auditor", () -> projects.findDefault().orElseThrow());
    }

    @Test
    void theTotalsOfEveryPartnerAreTheSumsOfItsItems() throws Exception {
        assertSameAsItems("after the demo and the tests before");
    }

    /** The expenditure list's count as it opens (project, partner, period, category) is read from the totals. */
    @Test
    void theListsCountFromTheTotalsIsTheNumberOfItems() throws Exception {
        Partner ludza = openUp.getPartners().stream().filter(p -> p.getShortName().equals("Ludza")).findFirst()
                .orElseThrow();
        String project = openUp.getId().toString();
        assertEquals(items("project_id = " + project), (long) as.call("auditor",
                () -> expenditure.count(java.util.Map.of(PageRequest.PROJECT, project))));
        assertEquals(items("partner_id = " + ludza.getId() + " AND category = 'EQUIPMENT'"), (long) as.call("auditor",
                () -> expenditure.count(java.util.Map.of(PageRequest.PROJECT, project, "partner",
                        ludza.getId().toString(), "category", "EQUIPMENT"))));
        assertEquals(0L, (long) as.call("auditor", () -> expenditure.count(java.util.Map.of(PageRequest.PROJECT,
                project, "category", "NO_SUCH_CATEGORY"))));
        assertEquals(items("partner_id = " + ludza.getId() + " AND LOWER(description) LIKE '%demo%'"), (long) as.call(
                "auditor", () -> expenditure.count(java.util.Map.of(PageRequest.PROJECT, project, "partner",
                        ludza.getId().toString(), "description", "demo"))), "a text filter counts the items");
    }

    private static long items(String where) throws Exception {
        DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/OpenUpDS");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM expenditure_item WHERE " + where)) {
            count.next();
            return count.getLong(1);
        }
    }

    @Test
    void eachChangeOfItemsReachesTheTotalsInItsTransaction() throws Exception {
        Partner jekabpils = openUp.getPartners().stream().filter(p -> p.getShortName().equals("Jēkabpils"))
                .findFirst().orElseThrow();
        Supplier first = as.call("accountant", () -> suppliers.save(new Supplier("Totals Demo " + System.nanoTime(),
                "T" + System.nanoTime() % 1_000_000_000L, Country.LV)));
        Supplier second = as.call("accountant", () -> suppliers.save(new Supplier("Totals Demo " + System.nanoTime(),
                "U" + System.nanoTime() % 1_000_000_000L, Country.LV)));
        Invoice saved = as.call("accountant", () -> invoices.save(new Invoice(jekabpils, first, "TOT-1",
                LocalDate.of(2019, 7, 2)), List.of(
                        new Invoice.Line("Projector (demo)", BigDecimal.ONE, Money.eur("400.00"), Money.eur("84.00"),
                                Money.eur("484.00")),
                        new Invoice.Line("Screen (demo)", BigDecimal.ONE, Money.eur("100.00"), Money.eur("21.00"),
                                Money.eur("121.00"))), null));
        Invoice paid = as.call("accountant", () -> invoices.pay(saved.getId(), saved.getVersion(),
                LocalDate.of(2019, 7, 10), Money.eur("605.00"), "TOT 1"));
        Money before = as.call("auditor", () -> budgets.spentOf(openUp)).amount(jekabpils.getId(),
                CostCategory.EQUIPMENT);

        ExpenditureItem projector = as.call("accountant", () -> expenditure.declare(paid.getLines().get(0).getId(),
                CostCategory.EQUIPMENT, Money.eur("484.00")));
        assertSameAsItems("declared");
        assertEquals(before.plus(Money.eur("484.00")), as.call("auditor", () -> budgets.spentOf(openUp))
                .amount(jekabpils.getId(), CostCategory.EQUIPMENT), "the budget reads the totals");
        ExpenditureItem screen = as.call("accountant", () -> expenditure.declare(paid.getLines().get(1).getId(),
                CostCategory.EQUIPMENT, Money.eur("121.00")));
        assertSameAsItems("a second line");

        as.call("accountant", () -> expenditure.change(screen.getId(), screen.getVersion(),
                CostCategory.EXTERNAL_EXPERTISE, Money.eur("100.00")));
        assertSameAsItems("changed category and amount");

        Invoice shown = as.call("auditor", () -> invoices.find(paid.getId())).orElseThrow();
        shown.setSupplier(second);
        shown.setIssuedOn(LocalDate.of(2019, 7, 1));
        List<Invoice.Line> lines = new ArrayList<>();
        shown.getLines().forEach(l -> lines.add(new Invoice.Line(l.getDescription(), l.getQuantity(), l.getNet(),
                l.getVat(), l.getGross())));
        as.call("accountant", () -> invoices.save(shown, lines, null));
        assertSameAsItems("the invoice's supplier and date changed");

        ExpenditureItem current = as.call("auditor", () -> expenditure.find(projector.getId())).orElseThrow();
        as.call("accountant", () -> {
            expenditure.withdraw(current.getId(), current.getVersion());
            return null;
        });
        assertSameAsItems("withdrawn");
        assertEquals(before, as.call("auditor", () -> budgets.spentOf(openUp)).amount(jekabpils.getId(),
                CostCategory.EQUIPMENT));
    }

    /** Eight declarations into one month of one partner's staff costs at the same moment: each counted once. */
    @Test
    void declarationsAtTheSameMomentAreAllInTheTotals() throws Exception {
        Partner ludza = openUp.getPartners().stream().filter(p -> p.getShortName().equals("Ludza")).findFirst()
                .orElseThrow();
        Money before = as.call("auditor", () -> budgets.spentOf(openUp)).amount(ludza.getId(), CostCategory.STAFF);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<ExpenditureItem>> declared = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String text = "Parallel salary (demo) " + i + " " + System.nanoTime();
                declared.add(pool.submit(() -> as.call("accountant", () -> expenditure.declareOther(ludza.getId(),
                        CostCategory.STAFF, text, LocalDate.of(2019, 11, 29), LocalDate.of(2019, 11, 29),
                        Money.eur("10.00")))));
            }
            for (java.util.concurrent.Future<ExpenditureItem> item : declared) {
                item.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertSameAsItems("eight at once");
        assertEquals(before.plus(Money.eur("80.00")), as.call("auditor", () -> budgets.spentOf(openUp))
                .amount(ludza.getId(), CostCategory.STAFF));
    }

    private static void assertSameAsItems(String after) throws Exception {
        DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/OpenUpDS");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String[] pair : SAME) {
                for (String difference : List.of(pair[0] + " EXCEPT " + pair[1], pair[1] + " EXCEPT " + pair[0])) {
                    List<String> rows = new ArrayList<>();
                    try (ResultSet found = statement.executeQuery(difference)) {
                        while (found.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= found.getMetaData().getColumnCount(); i++) {
                                row.append(found.getObject(i)).append(' ');
                            }
                            rows.add(row.toString());
                        }
                    }
                    assertEquals(List.of(), rows, after + ": " + difference);
                }
            }
        }
    }
}

package lv.ludza.openup.inventory;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

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
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.shared.PageRequest;

/**
 * Not a test: a benchmark that prints figures. Seeds 50,000 assets, then measures the asset list (first page, a
 * deep page, a filter), a stock-take scan and a sheet of labels. Run it with
 * {@code ./mvnw verify -pl ear -Pbenchmark -Dit.test=InventoryBenchmark} (H2) or add {@code -Ppostgres}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InventoryBenchmark {

    static final int ASSETS = Integer.getInteger("openup.benchmark.assets", 50_000);
    private static final int ROUNDS = 5;

    @ArquillianResource
    private URL base;

    @Test
    @Order(1)
    void seed() throws Exception {
        AsUser as = Services.lookup(AsUser.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        InventoryService inventory = Services.lookup(InventoryService.class);
        Project project = as.call("auditor", () -> projects.findDefault().orElseThrow());
        List<Partner> partners = project.getPartners();
        long began = System.nanoTime();
        DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/OpenUpDS");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO asset (id, version, created_at,"
                        + " created_by, updated_at, updated_by, inventory_number, name, category_id, partner_id,"
                        + " location_id, status, acquired_on, amount_net, amount_vat, keep_until, project_id)"
                        + " VALUES (?, 0, ?, 'benchmark', ?, 'benchmark', ?, ?, ?, ?, ?, 'IN_USE', ?, ?, ?, ?,"
                        + " (SELECT p.project_id FROM partner p WHERE p.id = ?))")) {
            Timestamp now = new Timestamp(System.currentTimeMillis());
            Map<Long, List<Location>> rooms = new java.util.HashMap<>();
            for (Partner partner : partners) {
                rooms.put(partner.getId(), as.call("auditor", () -> inventory.locationsOf(partner.getId())));
            }
            AssetCategoryService categoryService = Services.lookup(AssetCategoryService.class);
            List<AssetCategory> categories = as.call("auditor", categoryService::all);
            for (int i = 0; i < ASSETS; i++) {
                Partner partner = partners.get(i % partners.size());
                List<Location> partnerRooms = rooms.get(partner.getId());
                insert.setLong(1, 6_000_000_000L + i);
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setString(4, String.format("BEN-2017-%06d", i));
                insert.setString(5, "Benchmark asset " + i);
                insert.setLong(6, categories.get(i % categories.size()).getId());
                insert.setLong(7, partner.getId());
                if (partnerRooms.isEmpty()) {
                    insert.setNull(8, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(8, partnerRooms.get(i % partnerRooms.size()).getId());
                }
                insert.setDate(9, Date.valueOf(LocalDate.of(2018, 6, 1).plusDays(i % 500)));
                insert.setBigDecimal(10, new java.math.BigDecimal(i % 1000 + 1));
                insert.setBigDecimal(11, new java.math.BigDecimal(i % 210 + 1));
                insert.setDate(12, Date.valueOf(LocalDate.of(2024, 11, 30)));
                insert.setLong(13, partner.getId());
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        System.out.printf("BENCHMARK seed %,d assets (JDBC batches): %,d ms%n", ASSETS,
                (System.nanoTime() - began) / 1_000_000);
    }

    @Test
    @Order(2)
    void screens() throws Exception {
        AsUser as = Services.lookup(AsUser.class);
        ProjectService projects = Services.lookup(ProjectService.class);
        InventoryService inventory = Services.lookup(InventoryService.class);
        StockTakeService stockTakes = Services.lookup(StockTakeService.class);
        Project project = as.call("auditor", () -> projects.findDefault().orElseThrow());
        Map<String, String> mine = Map.of(PageRequest.PROJECT, project.getId().toString());
        System.out.printf("BENCHMARK %,d assets in the project%n", as.call("auditor", () -> inventory.count(mine)));
        time("asset list, first page of 20 by number", () -> as.call("auditor", () -> {
            inventory.count(mine);
            return inventory.page(new PageRequest(0, 20, "inventoryNumber", true, mine));
        }));
        time("asset list, page 1,000 of 20 by keep-until", () -> as.call("auditor", () -> {
            inventory.count(mine);
            return inventory.page(new PageRequest(20_000, 20, "keepUntil", false, mine));
        }));
        AssetCategoryService categories = Services.lookup(AssetCategoryService.class);
        String laptop = as.call("auditor", () -> categories.findByCode("LAPTOP")).orElseThrow().getId().toString();
        Map<String, String> filtered = Map.of(PageRequest.PROJECT, project.getId().toString(), "status", "IN_USE",
                "category", laptop, PageRequest.GLOBAL, "asset 4999");
        time("asset list, status + category + text filter", () -> as.call("auditor", () -> {
            inventory.count(filtered);
            return inventory.page(new PageRequest(0, 20, "inventoryNumber", true, filtered));
        }));
        Partner ludza = project.getLeadPartner();
        StockTake session = as.call("staff", () -> stockTakes.start(ludza.getId(), null));
        int[] next = { 0 };
        time("stock-take scan (one number, whole library)", () -> as.call("staff", () -> stockTakes.scan(
                session.getId(), String.format("BEN-2017-%06d", 3 * next[0]++))));
        time("stock-take close (whole library, ~16,700 expected)", () -> {
            StockTake open = as.call("staff", () -> stockTakes.find(session.getId())).orElseThrow();
            if (!open.isOpen()) {
                return null;
            }
            return as.call("staff", () -> stockTakes.close(open.getId(), open.getVersion(), false));
        });
    }

    @Test
    @Order(3)
    @RunAsClient
    void labels() throws Exception {
        String application = URI.create(base.toString()).resolve("/openup").toString();
        WebSession auditor = WebSession.login(application, "auditor", AsUser.DEMO_PASSWORD, "en");
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            ids.append(i == 0 ? "" : ",").append(6_000_000_000L + i * 7L);
        }
        for (int round = 1; round <= 3; round++) {
            long began = System.nanoTime();
            WebSession.Page pdf = auditor.get("/export/labels.pdf?asset=" + ids);
            long took = System.nanoTime() - began;
            if (pdf.status() != 200) {
                throw new IllegalStateException("labels answered " + pdf.status());
            }
            System.out.printf("BENCHMARK label PDF of 100 assets, round %d: %,d ms, %,d bytes%n", round,
                    took / 1_000_000, pdf.bytes().length);
        }
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
        System.out.printf("BENCHMARK %-52s first %,6d ms, median %,6d ms (of %d)%n", what, took[0] / 1_000_000,
                sorted[ROUNDS / 2] / 1_000_000, ROUNDS);
    }
}

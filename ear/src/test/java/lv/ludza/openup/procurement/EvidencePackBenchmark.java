package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.RecordProbe;
import lv.ludza.openup.it.Services;
import lv.ludza.openup.it.WebSession;

/**
 * Not a test: a benchmark that prints figures. Seeds a partner report of {@code openup.benchmark.items} (500) travel
 * expenses, each with a receipt of {@code openup.benchmark.mb} (4) MB, 2 GB in all, then downloads its evidence pack
 * through HTTP as a user does, reading the ZIP as it comes, while the server's heap (this test runs inside the server)
 * is sampled every 20 ms: the pack streams when the peak stays far below the documents' size. Run it with
 * {@code ./mvnw verify -pl ear -Pbenchmark -Dit.test=EvidencePackBenchmark} (H2) or add {@code -Ppostgres}.
 */
@ExtendWith(ArquillianExtension.class)
class EvidencePackBenchmark {

    private static final int ITEMS = Integer.getInteger("openup.benchmark.items", 500);
    private static final int MEGABYTES = Integer.getInteger("openup.benchmark.mb", 4);
    private static final long FIRST_ID = 7_000_000_000L;
    private static final long MB = 1024L * 1024;

    @ArquillianResource
    private URL testModule;

    @Test
    void aPackOfGigabytesStreams() throws Exception {
        RecordProbe probe = Services.lookup(RecordProbe.class);
        // Ludza's last reporting period of OPEN UP, its travel line, and one of its travel orders
        Object[] ids = probe.rows("SELECT p.id, r.id, b.id, o.id FROM Partner p, ReportingPeriod r, BudgetLine b,"
                + " TravelOrder o WHERE p.project.code = 'LLI-263' AND p.shortName = 'Ludza' AND r.project = p.project"
                + " AND r.number = 4 AND b.partner = p AND b.category = lv.ludza.openup.project.CostCategory"
                + ".TRAVEL_ACCOMMODATION AND o.participant.employer = p ORDER BY o.id").get(0);
        long began = System.nanoTime();
        long bytes = seed((Long) ids[0], (Long) ids[1], (Long) ids[2], (Long) ids[3]);
        System.out.printf("BENCHMARK seed %,d items with a receipt of %,d MB each (%,d MB, JDBC): %,d ms%n", ITEMS,
                MEGABYTES, bytes / MB, (System.nanoTime() - began) / 1_000_000);

        String base = testModule.getProtocol() + "://" + testModule.getHost() + ":" + testModule.getPort()
                + "/openup";
        WebSession auditor = WebSession.login(base, "auditor", AsUser.DEMO_PASSWORD, "en");
        String cookies = auditor.cookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong live = new AtomicLong();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null).toList();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                // what each collection left: the memory really held (the used heap above also counts garbage)
                live.accumulateAndGet(heapPools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed())
                        .sum(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        began = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/export/evidence.zip?partner=" + ids[0] + "&period=" + ids[1]))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        long received = 0;
        long firstByte = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (received == 0) {
                    firstByte = System.nanoTime();
                }
                received += n;
            }
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        long max = memory.getHeapMemoryUsage().getMax();
        System.out.printf("BENCHMARK evidence pack of %,d items, %,d MB of documents: ZIP of %,d MB in %,d ms"
                + " (first byte after %,d ms, %,.0f MB/s)%n", ITEMS, bytes / MB, received / MB, millis,
                (firstByte - began) / 1_000_000, received / (double) MB / (millis / 1000.0));
        System.out.printf("BENCHMARK server heap: %,d MB before, used at most %,d MB while sending (garbage"
                + " included; the heap's maximum %,d MB), at most %,d MB left after a collection%n", before / MB,
                peak.get() / MB, max / MB, live.get() / MB);
    }

    /** A travel expense per item of Ludza's last period, each with its receipt (random bytes, a PDF's header). */
    private static long seed(long partner, long period, long budgetLine, long order) throws Exception {
        DataSource dataSource = InitialContext.doLookup("java:jboss/datasources/OpenUpDS");
        Timestamp now = new Timestamp(System.currentTimeMillis());
        Random random = new Random(42);
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement expense = connection.prepareStatement("INSERT INTO travel_expense (id, version,"
                        + " created_at, created_by, updated_at, updated_by, order_id, kind, description, spent_on,"
                        + " amount, nights, paid_by, above_cap) VALUES (?, 0, ?, 'benchmark', ?, 'benchmark', ?,"
                        + " 'FEE', ?, ?, 10.00, 0, 'PARTICIPANT', false)");
                PreparedStatement item = connection.prepareStatement("INSERT INTO expenditure_item (id, version,"
                        + " created_at, created_by, updated_at, updated_by, partner_id, budget_line_id, category,"
                        + " description, document_date, paid_on, period_id, amount, project_id, travel_order_id,"
                        + " travel_expense_id) VALUES (?, 0, ?, 'benchmark', ?, 'benchmark', ?, ?,"
                        + " 'TRAVEL_ACCOMMODATION', ?, ?, ?, ?, 10.00, (SELECT project_id FROM partner WHERE id = ?),"
                        + " ?, ?)");
                PreparedStatement document = connection.prepareStatement("INSERT INTO document (id, version,"
                        + " created_at, created_by, updated_at, updated_by, owner_kind, owner_id, partner_id,"
                        + " file_name, content_type, size_bytes, sha256) VALUES (?, 0, ?, 'benchmark', ?, 'benchmark',"
                        + " 'TRAVEL_EXPENSE', ?, ?, ?, 'application/pdf', ?, ?)");
                PreparedStatement content = connection.prepareStatement(
                        "INSERT INTO document_content (document_id, content) VALUES (?, ?)")) {
            for (int i = 0; i < ITEMS; i++) {
                long id = FIRST_ID + i;
                Date day = Date.valueOf(java.time.LocalDate.of(2019, 10, 1).plusDays(i % 60));
                expense.setLong(1, id);
                expense.setTimestamp(2, now);
                expense.setTimestamp(3, now);
                expense.setLong(4, order);
                expense.setString(5, "Benchmark receipt " + i);
                expense.setDate(6, day);
                expense.executeUpdate();
                item.setLong(1, id);
                item.setTimestamp(2, now);
                item.setTimestamp(3, now);
                item.setLong(4, partner);
                item.setLong(5, budgetLine);
                item.setString(6, "Benchmark expense " + i);
                item.setDate(7, day);
                item.setDate(8, day);
                item.setLong(9, period);
                item.setLong(10, partner);
                item.setLong(11, order);
                item.setLong(12, id);
                item.executeUpdate();
                byte[] bytes = new byte[(int) (MEGABYTES * MB)];
                random.nextBytes(bytes);
                System.arraycopy("%PDF-1.4\n".getBytes(), 0, bytes, 0, 9);
                document.setLong(1, id);
                document.setTimestamp(2, now);
                document.setTimestamp(3, now);
                document.setLong(4, id);
                document.setLong(5, partner);
                document.setString(6, "receipt-" + i + ".pdf");
                document.setLong(7, bytes.length);
                document.setString(8, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
                document.executeUpdate();
                content.setLong(1, id);
                content.setBytes(2, bytes);
                content.executeUpdate();
                total += bytes.length;
            }
        }
        return total;
    }
}

package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.it.AsUser;
import lv.ludza.openup.it.ClientTest;
import lv.ludza.openup.it.WebSession;

/**
 * Many requests of one session at once (a user with several tabs of reports) all get their page. They used to end on
 * the error page (a NullPointerException in the report page) when more views were opened in the session than Faces
 * keeps while one was still rendering: its view-scoped bean was destroyed midway (see SessionRequestGate).
 */
class ParallelRequestsIT extends ClientTest {

    private static final int AT_ONCE = 40;

    @Test
    void aSessionsParallelRequestsAllGetTheirPage() throws Exception {
        WebSession coordinator = WebSession.login(base.toString(), "coordinator", AsUser.DEMO_PASSWORD, "lv");
        Matcher report = Pattern.compile("report\\.xhtml\\?partner=(\\d+)&amp;period=(\\d+)")
                .matcher(coordinator.get("/procurement/reports.xhtml").body());
        assertTrue(report.find(), "the demo has partner reports");
        String reportPage = "/procurement/report.xhtml?partner=" + report.group(1) + "&period=" + report.group(2);

        List<String> pages = new ArrayList<>();
        for (int i = 0; i < 2 * AT_ONCE; i++) {
            pages.add(i % 4 == 3 ? "/procurement/invoices.xhtml" : reportPage);
        }
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        List<String> failed = new ArrayList<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (String page : pages) {
                answers.add(pool.submit(() -> outcome(coordinator, page)));
            }
            for (Future<String> answer : answers) {
                String outcome = answer.get();
                if (outcome != null) {
                    failed.add(outcome);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), failed, failed.size() + " of " + pages.size() + " requests failed");
    }

    /** Null when the page came, else what came instead. */
    private static String outcome(WebSession session, String path) {
        WebSession.Page page = session.get(path);
        boolean error = page.status() != 200 || page.uri().contains("/error/") || page.body().contains("id=\"errorPage\"");
        boolean itself = path.contains("report.xhtml") ? page.body().contains("id=\"report\"") : page.body().contains("<h1");
        return !error && itself ? null : path + " -> " + page.status() + " " + page.uri();
    }
}

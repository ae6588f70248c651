package lv.ludza.openup.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


/**
 * Prints the last Gatling run of {@link ScreensSimulation} as a Markdown table: per screen and load level the median
 * (p50) and the 99th percentile (p99) of the response times, the number of requests and of
 * failed ones (KO: not 200, the error page, the login page); then the server's heap peaks per level. Reads
 * the newest {@code gatling/<run>/index.html} (its statistics table) and {@code load-heap.tsv} in the build directory (argument 0, default
 * {@code target}); writes the table to stdout and to {@code load-results.md} there. {@code -Dload.label} names the data
 * (e.g. "100×").
 */
public final class LoadSummary {

    private LoadSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "target");
        Path run;
        try (Stream<Path> runs = Files.list(target.resolve("gatling"))) {
            run = runs.filter(p -> Files.exists(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).orElse(null);
        }
        if (run == null) {
            System.out.println("LOAD no Gatling report (index.html) under " + target.resolve("gatling"));
            return;
        }
        // level -> screen -> column label -> value
        Map<String, Map<String, Map<String, String>>> levels = statistics(Files.readString(run.resolve("index.html")));
        Set<String> screens = new LinkedHashSet<>();
        levels.values().forEach(m -> screens.addAll(m.keySet()));

        StringBuilder md = new StringBuilder();
        String label = System.getProperty("load.label", "");
        md.append("### Load test").append(label.isEmpty() ? "" : ", " + label).append(" (").append(run.getFileName())
                .append(", ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(")\n\n");
        md.append("p50 / p99 of all requests in ms; n = requests, KO = failed (not 200, error page, login page)\n\n");
        md.append("| screen |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String level : levels.keySet()) {
            md.append(' ').append(level).append(" p50 | p99 | n (KO) |");
            rule.append("---:|---:|---:|");
        }
        md.append('\n').append(rule).append('\n');
        long failed = 0;
        for (String screen : screens) {
            md.append("| ").append(screen).append(" |");
            for (Map<String, Map<String, String>> level : levels.values()) {
                Map<String, String> stats = level.get(screen);
                if (stats == null) {
                    md.append(" – | – | – |");
                    continue;
                }
                long ko = number(stats.get("KO"));
                failed += ko;
                md.append(' ').append(ms(stats.get("50th pct"))).append(" | ").append(ms(stats.get("99th pct")))
                        .append(" | ").append(number(stats.get("Total")))
                        .append(ko > 0 ? " (**" + ko + " KO**)" : " (0)").append(" |");
            }
            md.append('\n');
        }
        md.append("\nFailed requests: ").append(failed).append('\n');

        Path heap = target.resolve("load-heap.tsv");
        if (Files.exists(heap)) {
            List<String> lines = new ArrayList<>(Files.readAllLines(heap));
            Iterator<String> it = lines.iterator();
            md.append("\n| heap (MB) | peak used | peak old generation | peak committed |\n|---|---:|---:|---:|\n");
            it.next();
            while (it.hasNext()) {
                md.append("| ").append(String.join(" | ", it.next().split("\t"))).append(" |\n");
            }
        } else {
            md.append("\nHeap: not sampled (no local server found).\n");
        }
        System.out.println();
        System.out.print(md);
        Files.writeString(target.resolve("load-results.md"), md);
        System.out.println("\nLOAD written to " + target.resolve("load-results.md") + "; Gatling's report: "
                + run.resolve("index.html"));
    }

    private static final Pattern HEADER = Pattern.compile(
            "<th id=\"col-(\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]*)<");
    private static final Pattern ID = Pattern.compile("<span id=\"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
    private static final Pattern CELL = Pattern.compile("<td class=\"value[^\"]*col-(\\d+)\">([^<]*)</td>");

    /**
     * The statistics table of Gatling's report (Gatling 3.14 writes no stats.json any more and its simulation.log is
     * binary): the top rows are the groups (one per load level), their children the requests.
     */
    static Map<String, Map<String, Map<String, String>>> statistics(String html) {
        Map<String, String> columns = new LinkedHashMap<>();
        Matcher header = HEADER.matcher(html);
        while (header.find()) {
            columns.put(header.group(1), header.group(2).trim());
        }
        Map<String, String> groups = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, String>>> levels = new LinkedHashMap<>();
        int body = html.indexOf("id=\"container_statistics_body\"");
        if (body < 0) {
            return levels;
        }
        for (String row : html.substring(body).split("<tr data-parent=\"")) {
            int quote = row.indexOf('"');
            Matcher id = ID.matcher(row);
            Matcher name = NAME.matcher(row);
            if (quote < 0 || !id.find() || !name.find()) {
                continue;
            }
            String parent = row.substring(0, quote);
            String label = unescape(name.group(1));
            if ("ROOT".equals(parent)) {
                groups.put(id.group(1), label);
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row);
            while (cell.find()) {
                values.put(columns.getOrDefault(cell.group(1), cell.group(1)), cell.group(2).trim());
            }
            levels.computeIfAbsent(groups.getOrDefault(parent, parent), g -> new LinkedHashMap<>()).put(label, values);
        }
        levels.remove("warm-up");
        return levels;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static long number(String value) {
        String digits = value == null ? "" : value.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    private static String ms(String value) {
        return value == null || value.replaceAll("[^0-9]", "").isEmpty() ? "–" : String.format("%,d", number(value));
    }
}

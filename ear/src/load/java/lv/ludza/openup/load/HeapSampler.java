package lv.ludza.openup.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Samples the heap of the server under load twice a second with the JDK's {@code jstat -gc} (the server must run on
 * this machine as the same user: found by its port offset among the local JVMs running jboss-modules, or given as
 * {@code -Dload.serverPid}), and keeps per load level the peak of the heap used (young + old, garbage included) and of
 * the old generation. Writes them to {@code load-heap.tsv} in {@code load.output} for {@link LoadSummary}.
 */
final class HeapSampler {

    private final String base;
    private final Map<String, long[]> peaks = new LinkedHashMap<>();
    private volatile String level = "start";
    private Process jstat;
    private Thread reader;

    HeapSampler(String base) {
        this.base = base;
    }

    void level(String name) {
        level = name;
    }

    void start() {
        Optional<Long> pid = serverPid();
        if (pid.isEmpty()) {
            System.out.println("LOAD heap: no local WildFly found for " + base + " (set -Dload.serverPid); not sampled");
            return;
        }
        try {
            jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc",
                    pid.get().toString(), "500").redirectErrorStream(true).start();
        } catch (IOException e) {
            System.out.println("LOAD heap: jstat did not start (" + e.getMessage() + "); not sampled");
            return;
        }
        System.out.println("LOAD heap: sampling pid " + pid.get());
        reader = new Thread(this::read, "heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> header = null;
            String line;
            while ((line = lines.readLine()) != null) {
                List<String> fields = Arrays.asList(line.trim().split("\\s+"));
                if (fields.contains("EU")) {
                    header = fields;
                    continue;
                }
                if (header == null || fields.size() != header.size()) {
                    continue;
                }
                double old = value(header, fields, "OU");
                double used = value(header, fields, "S0U") + value(header, fields, "S1U") + value(header, fields, "EU") + old;
                double committed = value(header, fields, "S0C") + value(header, fields, "S1C") + value(header, fields, "EC")
                        + value(header, fields, "OC");
                synchronized (peaks) {
                    long[] peak = peaks.computeIfAbsent(level, l -> new long[3]);
                    peak[0] = Math.max(peak[0], Math.round(used / 1024));
                    peak[1] = Math.max(peak[1], Math.round(old / 1024));
                    peak[2] = Math.max(peak[2], Math.round(committed / 1024));
                }
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("LOAD heap: sampling ended: " + e);
        }
    }

    private static double value(List<String> header, List<String> fields, String column) {
        int index = header.indexOf(column);
        return index < 0 ? 0 : Double.parseDouble(fields.get(index).replace(',', '.'));
    }

    void stop() {
        if (jstat == null) {
            return;
        }
        jstat.destroy();
        StringBuilder tsv = new StringBuilder("level\tpeak heap used MB\tpeak old generation MB\tpeak heap committed MB\n");
        synchronized (peaks) {
            peaks.forEach((name, peak) -> tsv.append(name).append('\t').append(peak[0]).append('\t').append(peak[1])
                    .append('\t').append(peak[2]).append('\n'));
        }
        try {
            Path out = Path.of(System.getProperty("load.output", "target"), "load-heap.tsv");
            Files.createDirectories(out.getParent());
            Files.writeString(out, tsv);
            System.out.print("LOAD heap (MB):\n" + tsv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Long> serverPid() {
        if (System.getProperty("load.serverPid") != null) {
            return Optional.of(Long.getLong("load.serverPid"));
        }
        URI uri = URI.create(base);
        if (!List.of("localhost", "127.0.0.1", "::1").contains(uri.getHost())) {
            return Optional.empty();
        }
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        String offset = "-Djboss.socket.binding.port-offset=" + (port - 8080);
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> {
                    List<String> list = Arrays.asList(args);
                    boolean wildfly = list.stream().anyMatch(a -> a.contains("jboss-modules.jar"));
                    boolean hasOffset = list.stream().anyMatch(a -> a.startsWith("-Djboss.socket.binding.port-offset="));
                    return wildfly && (list.contains(offset) || (port == 8080 && !hasOffset));
                }).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }
}

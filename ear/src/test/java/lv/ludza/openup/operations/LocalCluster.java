package lv.ludza.openup.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local cluster of {@code ./mvnw package -Pcluster} (wildfly-config/cluster/cluster.sh): WildFly's load balancer
 * and two nodes on the PostgreSQL pass's server, in a database of its own, its ports moved by {@value #OFFSET} beside
 * the tests' own WildFly. A node is killed as a power cut would (SIGKILL to its Java process) and started again.
 */
final class LocalCluster implements AutoCloseable {

    static final int OFFSET = 1000;
    static final String DATABASE = "openup_cluster_it";

    private final Path work;
    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LocalCluster(Path work) {
        this.work = work;
    }

    /** Starts the balancer and both nodes on a fresh database, and waits until the balancer serves the login page. */
    static LocalCluster start() throws Exception {
        try (var connection = PostgreSql.maintenance(); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
        }
        LocalCluster cluster = new LocalCluster(Path.of("target", "cluster-it").toAbsolutePath());
        Files.createDirectories(cluster.work);
        cluster.launch(List.of(), "cluster.out");
        cluster.waitUntil(() -> cluster.ready(1) && cluster.ready(2) && cluster.status(cluster.base() + "login.xhtml")
                == 200, Duration.ofMinutes(6), "the cluster to serve the login page");
        return cluster;
    }

    /** The balancer's address of the application. */
    String base() {
        return "http://127.0.0.1:" + (8080 + OFFSET) + "/openup/";
    }

    /** Node k's own address of the application (not through the balancer). */
    String node(int k) {
        return "http://127.0.0.1:" + (8080 + OFFSET + 100 * k) + "/openup/";
    }

    /** Whether node k's readiness check (management interface) says ready. */
    boolean ready(int k) {
        return status("http://127.0.0.1:" + (9990 + OFFSET + 100 * k) + "/health/ready") == 200;
    }

    /** Kills node k's Java process at once (SIGKILL: no shutdown, no goodbye to the cluster or the balancer). */
    void kill(int k) {
        String marker = "jboss.server.base.dir=" + work.resolve("node" + k);
        List<ProcessHandle> java = ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains(marker) && p.info().command().orElse("").endsWith("java")).toList();
        if (java.isEmpty()) {
            throw new IllegalStateException("No Java process of node " + k);
        }
        java.forEach(ProcessHandle::destroyForcibly);
        java.forEach(p -> p.onExit().join());
    }

    /** Starts node k again and waits until it is ready. */
    void restart(int k) throws Exception {
        launch(List.of("node", String.valueOf(k)), "node" + k + "-again.out");
        waitUntil(() -> ready(k), Duration.ofMinutes(4), "node " + k + " to be ready again");
    }

    /**
     * Runs a management operation or CLI command on node k through WildFly's own CLI (local authentication: same
     * machine, same user) and returns its answer; fails unless the CLI ends well and an operation's outcome is success.
     */
    String manage(int k, String operation) throws IOException, InterruptedException {
        Path cli = Path.of(System.getProperty("jboss.home"), "bin", "jboss-cli.sh");
        Process process = new ProcessBuilder(cli.toString(), "--connect",
                "--controller=127.0.0.1:" + (9990 + OFFSET + 100 * k), "--command=" + operation)
                .redirectErrorStream(true).start();
        String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean failed = answer.contains("\"outcome\"") && !answer.contains("\"outcome\" => \"success\"");
        if (process.waitFor() != 0 || failed) {
            throw new IllegalStateException("node " + k + ": " + operation + " answered " + answer);
        }
        return answer;
    }

    /** The sizes in bytes of the stored parts of one session (the cookie's value without its route), largest first. */
    List<Integer> sessionSizes(String cookie) throws SQLException {
        String id = cookie.contains(".") ? cookie.substring(0, cookie.lastIndexOf('.')) : cookie;
        List<Integer> sizes = new ArrayList<>();
        try (var connection = connect();
                var statement = connection.prepareStatement("SELECT octet_length(datum) FROM"
                        + " cluster.sessions_openup_ear_openup_web_war WHERE id LIKE ? ORDER BY 1 DESC")) {
            statement.setString(1, "%" + id);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    sizes.add(rows.getInt(1));
                }
            }
        }
        return sizes;
    }

    /** The cluster's database. */
    static String databaseUrl() {
        String url = PostgreSql.url();
        return url.substring(0, url.lastIndexOf('/') + 1) + DATABASE;
    }

    /** A connection to the cluster's database, as the pass's user. */
    static Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl(), System.getenv("OPENUP_DB_USER"),
                System.getenv("OPENUP_DB_PASSWORD"));
    }

    /** Node k's server log. */
    String log(int k) throws IOException {
        return Files.readString(work.resolve("node" + k).resolve("log").resolve("server.log"));
    }

    int status(String uri) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    void waitUntil(java.util.function.BooleanSupplier condition, Duration atMost, String what)
            throws InterruptedException {
        long end = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("Waited " + atMost + " for " + what + "; logs in " + work);
            }
            Thread.sleep(1000);
        }
    }

    private void launch(List<String> arguments, String output) throws IOException {
        Path script = Path.of(System.getProperty("openup.it.cluster.script"));
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), System.getProperty("jboss.home"),
                System.getProperty("openup.ear"), work.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(output).toFile());
        builder.environment().putAll(Map.of("OPENUP_DB_URL", databaseUrl(),
                "OPENUP_CLUSTER_PORT_OFFSET", String.valueOf(OFFSET)));
        processes.add(builder.start());
    }

    /** Stops everything it started (the script stops its servers when it is stopped). */
    @Override
    public void close() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package lv.ludza.openup.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL the test WildFly runs on (the PostgreSQL pass: OPENUP_DB_* as for WildFly), as its administrator
 * handles it: a connection, the application's scripts (wildfly-config/backup), the server stopped and started.
 */
final class PostgreSql {

    private PostgreSql() {
    }

    static String url() {
        return System.getenv("OPENUP_DB_URL");
    }

    static String database() {
        String rest = url().substring(url().lastIndexOf('/') + 1);
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    static Connection connect() throws SQLException {
        return connectTo(url());
    }

    /** The maintenance database of the same server (to drop and create the application's). */
    static Connection maintenance() throws SQLException {
        return connectTo(url().substring(0, url().lastIndexOf('/') + 1) + "postgres");
    }

    private static Connection connectTo(String url) throws SQLException {
        return DriverManager.getConnection(url, System.getenv("OPENUP_DB_USER"), System.getenv("OPENUP_DB_PASSWORD"));
    }

    /** Runs one of the application's backup scripts with the environment WildFly has; returns what it printed. */
    static String script(String name, String... arguments) throws IOException, InterruptedException {
        Path scripts = Path.of(System.getProperty("openup.it.scripts"));
        List<String> command = new java.util.ArrayList<>(List.of(scripts.resolve(name).toString()));
        command.addAll(List.of(arguments));
        return run(command, Map.of());
    }

    /** Stops or starts the local PostgreSQL cluster, as its administrator would (pg_ctlcluster). */
    static void cluster(String action) throws IOException, InterruptedException {
        String version;
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        run(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action, "-m", "fast"), Map.of());
        if (action.equals("start")) {
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < end) {
                try (Connection connection = connect()) {
                    return;
                } catch (SQLException notYet) {
                    Thread.sleep(500);
                }
            }
            throw new IllegalStateException("PostgreSQL did not come back");
        }
    }

    /** Whether this machine's PostgreSQL is the local cluster the tests may stop (CI's and a developer's). */
    static boolean local() {
        return url() != null && url().contains("127.0.0.1") && Files.isDirectory(Path.of("/etc/postgresql"));
    }

    private static String run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
        return output.strip();
    }
}

package lv.ludza.openup.shared;

import java.util.Optional;

/**
 * Settings IT gives the server: a system property ({@code -Dopenup.demo=true}) or the matching environment
 * variable ({@code OPENUP_DEMO=true}); the property wins.
 */
public final class ServerSettings {

    private ServerSettings() {
    }

    /** Load the OPEN UP demo data into an empty database. Off unless asked for. */
    public static boolean demoEnabled() {
        return get("openup.demo").map(Boolean::parseBoolean).orElse(false);
    }

    /** The first administrator's password on a new installation; a random one is logged when not set. */
    public static Optional<String> initialAdminPassword() {
        return get("openup.admin.password");
    }

    /** The ceiling of {@link #documentMaxMegabytes()}: the web module accepts no larger upload (web.xml). */
    public static final int DOCUMENT_MAX_MEGABYTES_CEILING = 100;
    private static final int DOCUMENT_MAX_MEGABYTES_DEFAULT = 20;

    /**
     * The largest file a document may be, in megabytes of 1024 × 1024 bytes: {@code -Dopenup.documents.max.mb=30}
     * or {@code OPENUP_DOCUMENTS_MAX_MB=30}; 20 unless set, at most {@value #DOCUMENT_MAX_MEGABYTES_CEILING}. A
     * value that is not a whole number from 1 to the ceiling is ignored.
     */
    public static int documentMaxMegabytes() {
        return whole("openup.documents.max.mb", DOCUMENT_MAX_MEGABYTES_DEFAULT, 1, DOCUMENT_MAX_MEGABYTES_CEILING);
    }

    /**
     * The longest a login session lasts, however busy, in hours: {@code OPENUP_SESSION_MAX_HOURS}; 10 (a working day)
     * unless set. (How long an idle session lasts is the web container's session timeout, set by server.cli.)
     */
    public static int sessionMaxHours() {
        return whole("openup.session.max.hours", 10, 1, 24 * 7);
    }

    /**
     * The mail server (wildfly-config/cli/mail.cli reads the same variables into WildFly's mail session): its host,
     * {@code OPENUP_SMTP_HOST}; none, no mail is sent and the administrator's mail page says so.
     */
    public static Optional<String> smtpHost() {
        return get("openup.smtp.host");
    }

    /** The mail server's port as configured ({@code OPENUP_SMTP_PORT}, 25 unless set), for the mail page. */
    public static String smtpPort() {
        return get("openup.smtp.port").orElse("25");
    }

    /** How the mail server is reached, for the mail page: {@code SSL}, {@code STARTTLS} or plain. */
    public static String smtpSecurity() {
        if (get("openup.smtp.ssl").map(Boolean::parseBoolean).orElse(false)) {
            return "SSL/TLS";
        }
        return get("openup.smtp.starttls").map(Boolean::parseBoolean).orElse(false) ? "STARTTLS" : "—";
    }

    /** The sender of the application's mails ({@code OPENUP_MAIL_FROM}). */
    public static String mailFrom() {
        return get("openup.mail.from").orElse("openup@localhost");
    }

    /**
     * The address users reach the application at, for the links in mails ({@code OPENUP_BASE_URL}, e.g.
     * {@code https://openup.ludza.lv/openup}); without a trailing slash.
     */
    public static String baseUrl() {
        String url = get("openup.base.url").orElse("http://localhost:8080/openup");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The digest lists kept equipment whose keep-until date comes within these months ({@code OPENUP_DIGEST_KEEP_UNTIL_MONTHS}, 6). */
    public static int digestKeepUntilMonths() {
        return whole("openup.digest.keep.until.months", 6, 1, 120);
    }

    /**
     * The digest reminds a partner's accountants of a report not submitted this many days after its period's end
     * ({@code OPENUP_DIGEST_REPORT_DAYS}, 30).
     */
    public static int digestReportDays() {
        return whole("openup.digest.report.days", 30, 0, 365);
    }

    /** A whole number setting; one that is not a number, or is out of its range, is ignored. */
    private static int whole(String property, int otherwise, int least, int most) {
        return get(property).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }).filter(n -> n >= least && n <= most).orElse(otherwise);
    }

    static Optional<String> get(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}

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
        return get("openup.documents.max.mb").map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                return DOCUMENT_MAX_MEGABYTES_DEFAULT;
            }
        }).filter(mb -> mb >= 1 && mb <= DOCUMENT_MAX_MEGABYTES_CEILING).orElse(DOCUMENT_MAX_MEGABYTES_DEFAULT);
    }

    /**
     * The longest a login session lasts, however busy, in hours: {@code OPENUP_SESSION_MAX_HOURS}; 10 (a working day)
     * unless set. (How long an idle session lasts is the web container's session timeout, set by server.cli.)
     */
    public static int sessionMaxHours() {
        return get("openup.session.max.hours").map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                return 10;
            }
        }).filter(hours -> hours >= 1 && hours <= 24 * 7).orElse(10);
    }

    static Optional<String> get(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}

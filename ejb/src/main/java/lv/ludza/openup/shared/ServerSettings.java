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

    static Optional<String> get(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}

package lv.ludza.openup.directory;

import java.io.InputStream;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;

/**
 * The municipality's directory for the tests: a real LDAP server (UnboundID's in-memory directory) in the test JVM,
 * started once before the first test and stopped after the last, because the test WildFly logs in through it (its
 * configuration is ldap.cli's: local users first, then this directory). It listens on
 * {@code openup.it.ldap.port} and serves {@code ldap/ludza-directory.ldif}: Active Directory's layout.
 */
public class TestDirectory implements LauncherSessionListener {

    public static final String BASE = "DC=ludza,DC=lv";
    public static final String PASSWORD = "Direktorija parole 2019";
    private static InMemoryDirectoryServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("openup.it.ldap.port");
        if (port == null || server != null) {
            return; // not the integration tests (a unit test run), or already serving
        }
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setSchema(null); // Active Directory's object classes (user, group) and attributes (memberOf...)
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", Integer.parseInt(port)));
            server = new InMemoryDirectoryServer(config);
            try (InputStream ldif = TestDirectory.class.getResourceAsStream("/ldap/ludza-directory.ldif");
                    LDIFReader reader = new LDIFReader(ldif)) {
                server.importFromLDIF(true, reader);
            }
            server.startListening();
        } catch (Exception e) {
            throw new IllegalStateException("The test directory could not start on port " + port, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.shutDown(true);
            server = null;
        }
    }

    /** The running directory, to change as its administrator would (a group membership taken away...). */
    public static InMemoryDirectoryServer server() {
        if (server == null) {
            throw new IllegalStateException("The test directory runs only in the integration tests");
        }
        return server;
    }

    /** The directory goes down (its listener closes; the data stays) or comes back. */
    public static void reachable(boolean up) throws LDAPException {
        if (up) {
            server().startListening();
        } else {
            server().shutDown(false);
        }
    }
}

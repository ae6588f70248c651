package lv.ludza.openup.it;

import java.net.MalformedURLException;
import java.net.URL;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test from outside the server (HTTP client or browser) against the real EAR of the suite's one deployment
 * ({@link SuiteDeployment}); {@link #base} is the application's address, {@code http://host:port/openup/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ClientTest {

    /** The server as Arquillian names it (the EAR has two web modules: its root, not one of them). */
    @ArquillianResource
    private URL server;

    protected URL base;

    @BeforeEach
    void application() throws MalformedURLException {
        base = new URL(server.getProtocol(), server.getHost(), server.getPort(), "/openup/");
    }
}

package lv.ludza.openup.it;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test from outside the server (HTTP client or browser) against the real EAR, deployed as IT would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ClientTest {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }
}

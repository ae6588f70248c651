package lv.ludza.openup.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The one deployment of the integration tests (named in arquillian.xml, extension "suite"): the real EAR with every
 * in-container test in its test module, deployed before the first test class and undeployed after the last. Test
 * classes declare no deployment of their own; a new in-container test joins by being in the test sources.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment
    public static EnterpriseArchive deployment() {
        return Deployments.suite();
    }
}

package lv.ludza.openup.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced, exactly as IT deploys it; for in-container tests, with the tests inside. */
public final class Deployments {

    public static final String EJB_MODULE = "openup-ejb.jar";
    public static final String TEST_MODULE = "openup-it.war";

    private Deployments() {
    }

    public static EnterpriseArchive application() {
        String path = System.getProperty("openup.ear", "target/openup.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /**
     * The real EAR with in-container tests added as one more web module, {@value #TEST_MODULE} (not protected by
     * the application's login, so Arquillian's servlet can reach it). The tests call the application's EJBs as
     * its screens do; {@link AsUser} joins the EJB module, where the application's security domain applies.
     */
    public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
        ejb.addClasses(AsUser.class, SqlStatements.class, RecordProbe.class);
        ear.delete(EJB_MODULE);
        ear.addAsModule(ejb);

        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addClasses(testClasses)
                .addClasses(Deployments.class, Services.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));

        String applicationXml = read(ear.get("META-INF/application.xml").getAsset());
        ear.setApplicationXML(new StringAsset(applicationXml.replace("</application>",
                "<module><web><web-uri>" + TEST_MODULE + "</web-uri><context-root>/openup-it</context-root></web>"
                        + "</module></application>")));
        return ear;
    }

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

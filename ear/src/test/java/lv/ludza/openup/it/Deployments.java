package lv.ludza.openup.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.RunAsClient;
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

    /**
     * The suite's one deployment ({@link SuiteDeployment}): the real EAR with every test that runs inside the server
     * (every test class that is not {@link RunAsClient}, with its nested classes) and the test resources they read.
     * Client tests reach the application's own module and ignore the test module.
     */
    public static EnterpriseArchive suite() {
        Path classes = Path.of(System.getProperty("openup.test.classes", "target/test-classes"));
        List<Class<?>> inContainer = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                if (name.endsWith(".class")) {
                    Class<?> type = testClass(name);
                    if (type != null) {
                        inContainer.add(type);
                    }
                } else if (!name.startsWith("META-INF/") && !name.equals("arquillian.xml")) {
                    resources.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EnterpriseArchive ear = applicationWith(inContainer.toArray(Class<?>[]::new));
        WebArchive tests = ear.getAsType(WebArchive.class, TEST_MODULE);
        resources.forEach(tests::addAsResource);
        ear.delete(TEST_MODULE);
        ear.addAsModule(tests);
        return ear;
    }

    /** The class of a test source file if it belongs in the test module: in-container tests and what they use. */
    private static Class<?> testClass(String file) {
        String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
        if (name.contains("$") || !name.startsWith("lv.ludza.openup.")) {
            return null; // nested classes come with their top-level class
        }
        try {
            Class<?> type = Class.forName(name, false, Deployments.class.getClassLoader());
            boolean client = type.isAnnotationPresent(RunAsClient.class)
                    || ClientTest.class.isAssignableFrom(type) || type.getPackageName().equals(
                            Deployments.class.getPackageName()) && !IN_CONTAINER_HELPERS.contains(type);
            boolean ejbModule = type == AsUser.class || type == SqlStatements.class || type == RecordProbe.class;
            return client || ejbModule || Modifier.isAbstract(type.getModifiers()) && !type.isInterface() ? null
                    : type;
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // a test tool's class (Selenium, the test directory) that is not needed inside the server
        }
    }

    private static final List<Class<?>> IN_CONTAINER_HELPERS = List.of(Deployments.class, Services.class,
            WebSession.class);

    private static String read(Asset asset) {
        try (InputStream in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

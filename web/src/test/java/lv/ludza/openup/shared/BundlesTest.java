package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every screen text exists in Latvian, Lithuanian and English, and every pattern is a valid message. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = { "lv/ludza/openup/i18n/messages", "lv/ludza/openup/i18n/faces" })
    void theThreeLanguagesHaveTheSameKeys(String bundle) throws IOException {
        Properties lv = load(bundle + "_lv.properties");
        Properties lt = load(bundle + "_lt.properties");
        Properties en = load(bundle + "_en.properties");
        Properties fallback = load(bundle + ".properties");
        assertEquals(new TreeSet<>(lv.stringPropertyNames()), new TreeSet<>(lt.stringPropertyNames()), "lv vs lt");
        assertEquals(new TreeSet<>(lv.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), "lv vs en");
        assertEquals(lv, fallback, "the default bundle is the Latvian one");
        for (Properties texts : List.of(lv, lt, en)) {
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertTrue(!text.isBlank() || key.startsWith("field."), key + " is empty");
                if (text.contains("{0}")) {
                    new MessageFormat(text); // throws on a broken pattern
                    assertTrue(!text.matches(".*[^']'[^'].*"), key + ": write an apostrophe as '' in a pattern");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "messages.properties", "messages_lv.properties", "messages_lt.properties",
            "messages_en.properties", "faces_lv.properties", "faces_lt.properties", "faces_en.properties" })
    void noKeyIsDefinedTwice(String file) throws IOException {
        // a second definition silently replaces the first: one text would show where the other was meant
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream("lv/ludza/openup/i18n/" + file)) {
            List<String> keys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).trim()).toList();
            Set<String> seen = new java.util.HashSet<>();
            List<String> twice = keys.stream().filter(key -> !seen.add(key)).toList();
            assertEquals(List.of(), twice, file);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "lv/ludza/openup/i18n/messages_lv.properties", "lv/ludza/openup/i18n/messages_lt.properties" })
    void latvianAndLithuanianAreWrittenWithTheirLetters(String file) throws IOException {
        Set<String> keys = load(file).stringPropertyNames();
        String all = String.join(" ", keys.stream().map(k -> {
            try {
                return load(file).getProperty(k);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList());
        assertTrue(all.matches("(?s).*[āēīūčšžķļņģąęėįųū].*"), file + " has no diacritics at all: wrong encoding?");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, path + " is missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

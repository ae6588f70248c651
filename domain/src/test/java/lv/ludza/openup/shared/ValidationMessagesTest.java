package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every Bean Validation message exists in Latvian, Lithuanian and English. */
class ValidationMessagesTest {

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Properties lv = load("ValidationMessages_lv.properties");
        for (String other : new String[] { "ValidationMessages_lt.properties", "ValidationMessages_en.properties",
                "ValidationMessages.properties" }) {
            assertEquals(new TreeSet<>(lv.stringPropertyNames()), new TreeSet<>(load(other).stringPropertyNames()),
                    other);
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, path);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

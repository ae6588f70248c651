package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;

/** The change history shows every state and kind by its name in the reader's language, never as a constant. */
class EnumNamesTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("lv"), Locale.forLanguageTag("lt"),
            Locale.ENGLISH);

    @Test
    void everyEnumFieldOfARecordHasANameInEachLanguage() throws Exception {
        Set<String> missing = new TreeSet<>();
        List<Class<?>> enums = enumsOfRecords();
        assertTrue(enums.size() > 20, "the domain's records hold many enums: " + enums);
        for (Class<?> type : enums) {
            String name = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
            for (Object constant : type.getEnumConstants()) {
                for (Locale language : LANGUAGES) {
                    if (Texts.enumName(language, name, ((Enum<?>) constant).name()) == null) {
                        missing.add(language + " " + name + "." + constant);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void statesOfTheNewerFeaturesReadAsOnTheirScreens() {
        assertEquals("Izsniegts", Texts.enumName(Locale.forLanguageTag("lv"), "assetStatus", "LENT_OUT"));
        assertEquals("Accepted with defects", Texts.enumName(Locale.ENGLISH, "acceptanceResult", "ACCEPTED_WITH_DEFECTS"));
        assertEquals(null, Texts.enumName(Locale.ENGLISH, "assetStatus", "NO_SUCH_STATE"));
    }

    @Test
    void keysInBracesReadInTheLanguageAndOtherBracesStay() {
        assertEquals("Rokiškis / Personalo išlaidos",
                Texts.withNames(Locale.forLanguageTag("lt"), "Rokiškis / {costCategory.STAFF}"));
        assertEquals("Rokiškis / Staff costs", Texts.withNames(Locale.ENGLISH, "Rokiškis / {costCategory.STAFF}"));
        assertEquals("a {note} and {costCategory.NO_SUCH}",
                Texts.withNames(Locale.ENGLISH, "a {note} and {costCategory.NO_SUCH}"));
        assertFalse(Texts.withNames(Locale.ENGLISH, "{costCategory.EQUIPMENT}").contains("{"));
    }

    /** Every enum type a field of an entity of the domain module has (every entity is audited). */
    private static List<Class<?>> enumsOfRecords() throws IOException, URISyntaxException {
        Path domain = Path.of(BaseEntity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> enums = new ArrayList<>();
        if (Files.isDirectory(domain)) {
            collect(domain, enums);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(domain)) {
                collect(jar.getPath("/"), enums);
            }
        }
        return enums;
    }

    private static void collect(Path root, List<Class<?>> enums) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, EnumNamesTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.isAnnotationPresent(Entity.class)) {
                    for (Field field : type.getDeclaredFields()) {
                        if (field.getType().isEnum() && !enums.contains(field.getType())) {
                            enums.add(field.getType());
                        }
                    }
                }
            }
        }
    }
}

package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void picksTheLanguageAndFallsBackToLatvian() {
        LocalizedText text = new LocalizedText("Projekts", "Projektas", "Project");
        assertEquals("Projekts", text.in(Locale.forLanguageTag("lv")));
        assertEquals("Projektas", text.in(Locale.forLanguageTag("lt-LT")));
        assertEquals("Project", text.in(Locale.ENGLISH));
        assertEquals("Projekts", text.in(Locale.GERMAN));
        assertEquals("Projekts", new LocalizedText("Projekts", " ", null).in(Locale.forLanguageTag("lt")));
    }
}

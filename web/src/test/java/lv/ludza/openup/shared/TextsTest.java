package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.project.Country;

class TextsTest {

    private static final LocalDate DAY = LocalDate.of(2019, 6, 12);

    @Test
    void aLatvianDateEndingASentenceTakesOneDotAndCountriesReadInTheLanguage() {
        assertEquals("Nav spēkā esošas dienas naudas likmes: darba devēja valsts Latvija, galamērķis Polija, diena 12.06.2019.",
                Texts.get(Locale.forLanguageTag("lv"), "travel.perDiem.noRate", Country.LV, Country.PL, DAY));
        assertEquals("No valid per-diem rate for an employer from Latvia in Poland on 12 Jun 2019.",
                Texts.get(Locale.ENGLISH, "travel.perDiem.noRate", Country.LV, Country.PL, DAY));
    }
}

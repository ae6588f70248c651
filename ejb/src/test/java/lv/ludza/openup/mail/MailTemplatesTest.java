package lv.ludza.openup.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.security.Language;

/** The mails' texts in the three languages, and a mail composed from them: its text and HTML parts. */
class MailTemplatesTest {

    @Test
    void everyTextIsThereInEachLanguageAndReadsAsAMessageFormat() throws IOException {
        Properties latvian = bundle("mail_lv.properties");
        Set<String> keys = new TreeSet<>(latvian.stringPropertyNames());
        assertTrue(keys.size() > 30, "texts: " + keys.size());
        for (String file : List.of("mail.properties", "mail_lt.properties", "mail_en.properties")) {
            Properties other = bundle(file);
            assertEquals(keys, new TreeSet<>(other.stringPropertyNames()), file);
            for (String key : keys) {
                new MessageFormat(other.getProperty(key)); // throws on a broken pattern
                assertFalse(other.getProperty(key).isBlank(), file + " " + key);
            }
        }
    }

    @Test
    void aMailHasTheSameContentAsTextAndAsHtmlWithTheDatesOfItsLanguageAndItsTextsEscaped() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        MailTemplates.Composed mail = MailTemplates.compose(Language.LT,
                MailTemplates.text(Language.LT, "digest.subject", 2, day), "Laba diena, Žydrūnė,",
                MailTemplates.text(Language.LT, "digest.intro", day),
                List.of(new MailTemplates.Section("Nepateiktos partnerio ataskaitos", List.of(
                        new MailTemplates.Line("Rokiškis: <2> & \"3\"", "https://openup.ludza.lv/openup/procurement/report.xhtml?partner=1&period=2")),
                        31)),
                "Poraštė");
        assertEquals("OPEN UP: jūsų dėmesio laukiantys įrašai: 2 (2026-12-03)", mail.subject());
        assertTrue(mail.text().contains("Šiandien, 2026-12-03, jūsų dėmesio laukia:"), mail.text());
        assertTrue(mail.text().contains("- Rokiškis: <2> & \"3\"\r\n  https://openup.ludza.lv/openup/procurement/report.xhtml?partner=1&period=2"),
                mail.text());
        assertTrue(mail.text().contains("ir dar 31"), mail.text());
        assertTrue(mail.html().contains("<html lang=\"lt\">"));
        assertTrue(mail.html().contains("Rokiškis: &lt;2&gt; &amp; &quot;3&quot;"), mail.html());
        assertTrue(mail.html().contains("href=\"https://openup.ludza.lv/openup/procurement/report.xhtml?partner=1&amp;period=2\""),
                mail.html());
        assertEquals("3 Dec 2026", MailTemplates.date(Language.EN, day));
        assertEquals("03.12.2026.", MailTemplates.date(Language.LV, day));
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplates.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

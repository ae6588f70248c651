package lv.ludza.openup.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.documents.DocumentOwner;

/**
 * The evidence pack's manifest names each file's record type in the reader's language: every kind of record a
 * document can belong to has that name (a new kind once packed as "???evidence.record.X???").
 */
class EvidenceRecordNamesTest {

    @Test
    void everyKindOfRecordHasItsNameInTheManifestInEachLanguage() {
        List<String> missing = new ArrayList<>();
        for (String language : List.of("lv", "lt", "en")) {
            ResourceBundle bundle = ResourceBundle.getBundle("lv.ludza.openup.i18n.messages",
                    Locale.forLanguageTag(language));
            for (DocumentOwner owner : DocumentOwner.values()) {
                if (!bundle.containsKey("evidence.record." + owner)) {
                    missing.add(language + ": evidence.record." + owner);
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}

package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"http://evil.example\",\"Skonto\")", "+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A2)", "\t=1+1", "\r=1", "=", "-", "+" })
    void formulasAreNeutralised(String text) {
        assertTrue(SpreadsheetText.isFormulaLike(text), text);
        assertEquals("'" + text, SpreadsheetText.forCsv(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "-5", "-1 250,50 €", "-1,250.50", "+371", "Skonto SIA", "", "1=1", " =not first" })
    void numbersAndPlainTextStayAsTheyAre(String text) {
        assertFalse(SpreadsheetText.isFormulaLike(text), text);
        assertEquals(text, SpreadsheetText.forCsv(text));
    }
}

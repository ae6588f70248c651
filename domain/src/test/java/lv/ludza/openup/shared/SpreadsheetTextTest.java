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

    @org.junit.jupiter.api.Test
    void valuesAreWrittenAsALatvianSpreadsheetReadsThem() {
        assertEquals("1250,50", SpreadsheetText.excelValue(Money.eur("1250.50")));
        assertEquals("-0,05", SpreadsheetText.excelValue(Money.eur("-0.05")));
        assertEquals("2,500", SpreadsheetText.excelValue(new java.math.BigDecimal("2.500")));
        assertEquals("12000", SpreadsheetText.excelValue(12000L));
        assertEquals("07.03.2019", SpreadsheetText.excelValue(java.time.LocalDate.of(2019, 3, 7)));
        assertEquals("31.12.2018 23:05", SpreadsheetText.excelValue(java.time.LocalDateTime.of(2018, 12, 31, 23, 5)));
        assertEquals(null, SpreadsheetText.excelValue("Skonto SIA"));
        assertEquals(null, SpreadsheetText.excelValue(null));
    }
}

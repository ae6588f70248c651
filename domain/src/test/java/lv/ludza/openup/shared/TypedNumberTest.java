package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TypedNumberTest {

    @ParameterizedTest
    @ValueSource(strings = { "1250.50", "1250,50", "1 250,50", "1\u00a0250,50", "1\u202f250,50", "1.250,50",
            "1,250.50", " 1250.5 ", "1 250,50 €", "€1,250.50", "1250.50 EUR", "1 250.50" })
    void everyWayOfWritingAnAmountIsTheSameAmount(String typed) {
        assertEquals(0, new BigDecimal("1250.50").compareTo(TypedNumber.parse(typed)), typed);
    }

    @Test
    void aSingleMarkIsTheDecimalMarkAndRepeatedMarksGroupThousands() {
        assertEquals(new BigDecimal("1.250"), TypedNumber.parse("1,250"), "then more than two decimals for money");
        assertEquals(new BigDecimal("1250000"), TypedNumber.parse("1.250.000"));
        assertEquals(new BigDecimal("1250000"), TypedNumber.parse("1,250,000"));
        assertEquals(new BigDecimal("1250000.5"), TypedNumber.parse("1.250.000,5"));
        assertEquals(new BigDecimal("0.5"), TypedNumber.parse(",5"));
        assertEquals(new BigDecimal("12"), TypedNumber.parse("12"));
    }

    @Test
    void theSignIsKeptNeverDropped() {
        assertEquals(new BigDecimal("-5"), TypedNumber.parse("-5"));
        assertEquals(new BigDecimal("-5.25"), TypedNumber.parse("\u22125,25"));
        assertEquals(new BigDecimal("1250.5"), TypedNumber.parse("+1 250,5"));
    }

    @Test
    void decimalsAreKeptAsTyped() {
        assertEquals(3, TypedNumber.parse("1,005").scale());
    }

    @Test
    void blankIsNothing() {
        assertNull(TypedNumber.parse("  "));
        assertNull(TypedNumber.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "12a", "1,2,3.4.5", "1.2,50", "12,50.5,5", "--5", "1.250,500.5", ",", "1..5",
            "12.34.5", "5-" })
    void anythingElseIsNotANumber(String typed) {
        assertThrows(NumberFormatException.class, () -> TypedNumber.parse(typed), typed);
    }
}

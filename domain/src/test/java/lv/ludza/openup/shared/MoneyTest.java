package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTwoDecimals() {
        assertEquals(new BigDecimal("176680.75"), Money.eur("176680.75").amount());
        assertEquals(new BigDecimal("10.00"), Money.eur("10").amount());
        assertEquals(2, Money.eur("10.5").amount().scale());
    }

    @Test
    void refusesMoreThanTwoDecimalsInsteadOfRoundingInput() {
        assertThrows(IllegalArgumentException.class, () -> Money.eur("1.005"));
        // trailing zeros are not extra precision
        assertEquals(Money.eur("1.5"), Money.eur("1.5000"));
    }

    @Test
    void computedSharesRoundHalfUpToTheCent() {
        // the seed: Ludza 50 849.76 at 85 % is 43 222.296 -> 43 222.30
        assertEquals(Money.eur("43222.30"), Money.eur("50849.76").times(new BigDecimal("0.85")));
        // the project: 176 680.75 at 85 % is 150 178.6375 -> 150 178.64
        assertEquals(Money.eur("150178.64"), Money.eur("176680.75").times(new BigDecimal("0.85")));
        assertEquals(Money.eur("0.01"), Money.eur("0.01").times(new BigDecimal("0.5")));
        assertEquals(Money.eur("0.00"), Money.eur("0.01").times(new BigDecimal("0.49")));
    }

    @Test
    void addsAndSubtractsExactly() {
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.eur("0.10"));
        }
        assertEquals(Money.eur("1.00"), sum);
        assertEquals(Money.eur("26502.11"), Money.eur("176680.75").minus(Money.eur("150178.64")));
        assertTrue(Money.eur("0").minus(Money.eur("0.01")).isNegative());
    }

    @Test
    void percentOfWhole() {
        assertEquals(new BigDecimal("85.00"), Money.eur("150178.64").percentOf(Money.eur("176680.75")));
        assertEquals(new BigDecimal("0.00"), Money.eur("5").percentOf(Money.ZERO));
    }

    @Test
    void equalityIgnoresScale() {
        assertEquals(Money.eur("5"), Money.eur("5.00"));
        assertEquals(Money.eur("5").hashCode(), Money.eur("5.00").hashCode());
        assertFalse(Money.eur("5").isGreaterThan(Money.eur("5.00")));
        assertEquals("176680.75 EUR", Money.eur("176680.75").toString());
    }

    @Test
    void splitsToTheCentSpreadingTheRemainderOneCentAtATime() {
        assertEquals(java.util.List.of(Money.eur("3763.26"), Money.eur("3763.25"), Money.eur("3763.25")),
                Money.eur("11289.76").split(3));
        assertEquals(java.util.List.of(Money.eur("33.34"), Money.eur("33.33"), Money.eur("33.33")),
                Money.eur("100").split(3));
        assertEquals(java.util.List.of(Money.eur("0.34"), Money.eur("0.34"), Money.eur("0.33")),
                Money.eur("1.01").split(3));
        assertEquals(java.util.List.of(Money.eur("-3.34"), Money.eur("-3.33"), Money.eur("-3.33")),
                Money.eur("-10").split(3));
        assertEquals(java.util.List.of(Money.eur("5")), Money.eur("5").split(1));
        assertEquals(Money.eur("0.01"), Money.eur("0.01").split(7).stream().reduce(Money.ZERO, Money::plus));
        assertThrows(IllegalArgumentException.class, () -> Money.eur("1").split(0));
    }
}

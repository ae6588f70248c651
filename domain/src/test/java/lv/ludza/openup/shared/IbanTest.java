package lv.ludza.openup.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IbanTest {

    @Test
    void theCheckDigitsMustAgree() {
        assertTrue(Iban.isValid("LV80BANK0000435195001"));
        assertTrue(Iban.isValid("lt12 1000 0111 0100 1000"), "spaces and small letters as typed");
        assertFalse(Iban.isValid("LV81BANK0000435195001"), "a check digit changed");
        assertFalse(Iban.isValid("LV80BANK0000435195002"), "a digit of the account changed");
        assertFalse(Iban.isValid("LV80"), "too short");
        assertFalse(Iban.isValid("80LVBANK0000435195001"), "country first");
        assertFalse(Iban.isValid(null));
    }

    @Test
    void itIsKeptWithoutSpacesAndPrintedInFours() {
        assertEquals("LT121000011101001000", Iban.normalised(" lt12 1000 0111 0100 1000 "));
        assertNull(Iban.normalised("  "));
        assertEquals("LV80 BANK 0000 4351 9500 1", Iban.printed("LV80BANK0000435195001"));
        assertTrue(new Iban.Checked().isValid(null, null), "the field is optional");
        assertFalse(new Iban.Checked().isValid("LV00BANK0000435195001", null));
    }
}

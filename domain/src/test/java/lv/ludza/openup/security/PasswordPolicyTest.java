package lv.ludza.openup.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.shared.RuleViolation;

class PasswordPolicyTest {

    @Test
    void acceptsLongPasswordsOfAnyCharacters() {
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "Ābeles 2019 zied".toCharArray()));
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "kaķis guļ uz palodzes".toCharArray()));
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "onlylettersbutlong".toCharArray()));
    }

    @Test
    void refusesShortPasswordsSayingHowLong() {
        for (String shortOne : new String[] { "", "short1", "openup2018", "Venta 2019" }) {
            RuleViolation violation = assertThrows(RuleViolation.class,
                    () -> PasswordPolicy.check("newPassword", shortOne.toCharArray()), shortOne);
            assertEquals("password.tooShort", violation.getKey());
            assertEquals("newPassword", violation.getField());
            assertEquals(PasswordPolicy.MIN_LENGTH, violation.getArguments()[0]);
        }
        assertEquals("password.tooLong", assertThrows(RuleViolation.class,
                () -> PasswordPolicy.check("p", "x".repeat(129).toCharArray())).getKey());
    }

    @Test
    void refusesCommonPasswordsAndTheUserName() {
        for (String common : new String[] { "password1234", "Password1234!", "qwertyuiop12", "123456789012",
            "parole123456", "Slaptazodis2024", "openup2018!!", "aaaaaaaaaaaa", "abababababab", "LATVIJA-2019!" }) {
            assertEquals("password.common", assertThrows(RuleViolation.class,
                    () -> PasswordPolicy.check("p", common.toCharArray()), common).getKey(), common);
        }
        assertEquals("password.likeUsername", assertThrows(RuleViolation.class,
                () -> PasswordPolicy.check("p", "Koordinatore-2019".toCharArray(), "koordinatore")).getKey());
    }
}

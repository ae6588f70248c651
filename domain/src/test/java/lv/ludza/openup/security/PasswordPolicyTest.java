package lv.ludza.openup.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.shared.RuleViolation;

class PasswordPolicyTest {

    @Test
    void acceptsTenCharactersWithLettersAndDigits() {
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "openup2018".toCharArray()));
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "Ābeles 2019 zied".toCharArray()));
    }

    @Test
    void refusesShortOrOneKindPasswords() {
        for (String weak : new String[] { "", "short1", "onlyletterslong", "1234567890123" }) {
            RuleViolation violation = assertThrows(RuleViolation.class,
                    () -> PasswordPolicy.check("newPassword", weak.toCharArray()), weak);
            assertEquals("password.tooWeak", violation.getKey());
            assertEquals("newPassword", violation.getField());
            assertEquals(PasswordPolicy.MIN_LENGTH, violation.getArguments()[0]);
        }
    }
}

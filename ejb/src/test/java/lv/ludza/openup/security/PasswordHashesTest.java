package lv.ludza.openup.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void bcryptInModularCryptFormatWithOwnSalt() {
        String hash = PasswordHashes.hash("openup2018".toCharArray());
        assertTrue(hash.matches("\\$2[aby]?\\$" + PasswordHashes.COST + "\\$.{53}"), hash);
        assertFalse(hash.contains("openup2018"));
        assertNotEquals(hash, PasswordHashes.hash("openup2018".toCharArray()), "every hash has its own salt");
    }

    @Test
    void verifiesOnlyTheRightPassword() {
        String hash = PasswordHashes.hash("Ābeles2019".toCharArray());
        assertTrue(PasswordHashes.matches("Ābeles2019".toCharArray(), hash));
        assertFalse(PasswordHashes.matches("abeles2019".toCharArray(), hash));
        assertFalse(PasswordHashes.matches("x".toCharArray(), "not a hash"));
    }
}

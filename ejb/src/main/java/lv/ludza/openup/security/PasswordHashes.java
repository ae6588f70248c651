package lv.ludza.openup.security;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt hashes in modular crypt format ({@code $2a$12$...}), the format the server's JDBC realm verifies at
 * login. Made with the server's own Elytron library, so the two always agree.
 */
public final class PasswordHashes {

    /** bcrypt cost: 2^12 rounds, about a quarter of a second a hash here: slow for guessing, fine for login. */
    static final int COST = 12;

    private static final Provider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashes() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password hashed = factory.generatePassword(
                    new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    public static boolean matches(char[] password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
            return factory.verify(factory.translate(stored), password);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}

package lv.ludza.openup.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.ExcludeDefaultInterceptors;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs test code as a real user: logs in against the application's security domain (the same realm the
 * login page uses), so role checks, partner scope and the audit trail see that user.
 */
@Stateless
@PermitAll
@ExcludeDefaultInterceptors // it logs in as the user; the services it calls are scoped for that user
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each service call is its own transaction
public class AsUser {

    public static final String DEMO_PASSWORD = "openup2018";

    public <T> T call(String username, Callable<T> work) throws Exception {
        return callWith(username, DEMO_PASSWORD, work);
    }

    /** As a user who has a password of their own (one the test gave them). */
    public <T> T callWith(String username, String password, Callable<T> work) throws Exception {
        return SecurityDomain.getCurrent().authenticate(username, new PasswordGuessEvidence(password.toCharArray()))
                .runAs(work);
    }

    public void run(String username, ThrowingRunnable work) throws Exception {
        call(username, () -> {
            work.run();
            return null;
        });
    }

    /** Whether the server's realm accepts this user name and password (what the login page asks it). */
    public boolean canLogIn(String username, String password) {
        try {
            SecurityDomain.getCurrent().authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
            return true;
        } catch (SecurityException | org.wildfly.security.auth.server.RealmUnavailableException e) {
            return false;
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}

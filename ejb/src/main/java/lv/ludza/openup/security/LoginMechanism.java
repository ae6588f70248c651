package lv.ludza.openup.security;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lv.ludza.openup.shared.ServerSettings;

/**
 * How a request is logged in. The login page ({@link LoginView}) checks the password (and the one-time code) with
 * {@link LoginService} against the server's security domain, then hands this mechanism a {@link Verified} user; the
 * session remembers them and each request re-establishes them in the domain (whose realm gives the roles, and
 * refuses a user deactivated since). The session id changes at login; a session ends after the configured idle time
 * (web container) and after an absolute lifetime however busy. A user who must first change their password or set up
 * two-factor login reaches only their account page until they have.
 * <p>
 * (In the EJB module, not the web module, so that every web module of the EAR sees the bean Jakarta Security
 * installs for it: the in-container tests' module too.)
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = "openup.signedIn";
    /** Where a user who opened a page before logging in goes after the login (a path in the application). */
    public static final String RETURN_TO = "openup.returnTo";
    /** What answers a logged-in user's request while the database cannot be reached (the web module's DatabaseAway). */
    public static final String DATABASE_AWAY = "/error/database-away";

    @Resource(lookup = "java:jboss/datasources/OpenUpDS")
    private DataSource dataSource;

    /** A user the login page verified, handed to the container. */
    public record Verified(String username, boolean passwordChange, boolean enrolment) implements Credential {
    }

    /** Who is logged in in a session, since when, and what they must do first. */
    record SignedIn(String username, Instant since, boolean passwordChange, boolean enrolment) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof Verified user) {
            request.getSession(true);
            request.changeSessionId(); // a session fixed before the login does not carry it
            SignedIn signedIn = new SignedIn(user.username(), Instant.now(), user.passwordChange(), user.enrolment());
            request.getSession().setAttribute(SIGNED_IN, signedIn);
            return context.notifyContainerAboutLogin(user.username(), Set.of());
        }
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
        if (signedIn != null && signedIn.since().plus(maxLifetime()).isAfter(Instant.now())) {
            AuthenticationStatus status;
            try {
                status = context.notifyContainerAboutLogin(signedIn.username(), Set.of());
            } catch (RuntimeException realmFailed) {
                status = AuthenticationStatus.SEND_FAILURE;
            }
            if (status != AuthenticationStatus.SUCCESS && !databaseAnswers()) {
                // who they are cannot be checked now, which is not their fault: the session (and the page's view, with
                // what they typed) stays, and the same click works once the database is back
                return context.forward(DATABASE_AWAY);
            }
            if (status == AuthenticationStatus.SUCCESS) {
                if ((signedIn.passwordChange() || signedIn.enrolment()) && !mayOpenWhileObliged(request)) {
                    return context.redirect(request.getContextPath() + "/account/index.xhtml");
                }
                return status;
            }
            session.invalidate(); // deactivated, or no longer in the directory
        } else if (signedIn != null) {
            session.invalidate(); // the session outlived its absolute lifetime
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(RETURN_TO,
                        request.getRequestURI().substring(request.getContextPath().length())
                                + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + "/login.xhtml");
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
    }

    /** The user's password was set by someone else: they must choose their own before anything else. */
    public static boolean passwordChangeDue(HttpServletRequest request) {
        return signedIn(request) instanceof SignedIn signedIn && signedIn.passwordChange();
    }

    /** The user's role requires two-factor login, which they have not set up yet. */
    public static boolean enrolmentDue(HttpServletRequest request) {
        return signedIn(request) instanceof SignedIn signedIn && signedIn.enrolment();
    }

    /** The user did what they had to first: changed their password, or set up two-factor login. */
    public static void obligationMet(HttpServletRequest request, boolean passwordChanged, boolean enrolled) {
        if (signedIn(request) instanceof SignedIn was) {
            request.getSession().setAttribute(SIGNED_IN, new SignedIn(was.username(), was.since(),
                    was.passwordChange() && !passwordChanged, was.enrolment() && !enrolled));
        }
    }

    private static Object signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getAttribute(SIGNED_IN);
    }

    /** The account page (and what it needs) is all a user may open until they changed their password or enrolled. */
    private static boolean mayOpenWhileObliged(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/account/") || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/theme/")
                || path.startsWith("/error/")
                || path.equals("/login.xhtml") || path.equals("/accessibility.xhtml");
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(3);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }

    /** The longest a session lasts, however busy: {@code OPENUP_SESSION_MAX_HOURS}, 10 hours (a working day) unless set. */
    static Duration maxLifetime() {
        return Duration.ofHours(ServerSettings.sessionMaxHours());
    }
}

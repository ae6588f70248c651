package lv.ludza.openup.security;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.inject.Instance;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lv.ludza.openup.shared.Feedback;

/**
 * The login page: user name and password, then (for an account with two-factor login) the one-time code. It is a
 * JSF form, so a login posted from another site has no view state and does nothing (no login CSRF). What went wrong
 * is said in the user's language, without telling whether a user name exists.
 */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LoginService logins;

    @Inject
    private Instance<SecurityContext> security; // (the context itself is not serializable: looked up per use)

    private String username;
    private String password;
    private String code;
    /** The user whose password was right and whose code is asked (the second step), else null. */
    private String pending;

    public void logIn() throws IOException {
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        LoginService.Result result = logins.logIn(username, typed, address());
        java.util.Arrays.fill(typed, '\0');
        if (result.step() == LoginService.Step.CODE_NEEDED) {
            pending = result.username();
            return;
        }
        answer(result);
    }

    public void confirm() throws IOException {
        LoginService.Result result = logins.confirmCode(pending, code, address());
        code = null;
        if (result.step() == LoginService.Step.REFUSED) {
            Feedback.fieldError("code", "login.codeWrong");
            return;
        }
        answer(result);
    }

    /** Back to the user name and password (another account, or the phone is not at hand). */
    public void restart() {
        pending = null;
        code = null;
    }

    private void answer(LoginService.Result result) throws IOException {
        switch (result.step()) {
            case SIGNED_IN -> signIn(result);
            case LOCKED -> Feedback.fieldError(null, "login.locked", result.minutes());
            case THROTTLED -> Feedback.fieldError(null, "login.throttled", result.minutes());
            case DIRECTORY_UNAVAILABLE -> Feedback.fieldError(null, "login.directoryUnavailable");
            case NO_ROLE -> Feedback.fieldError(null, "login.directoryNoRole");
            default -> Feedback.fieldError(null, "login.failed");
        }
    }

    private void signIn(LoginService.Result result) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.get().authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(new LoginMechanism.Verified(
                        result.username(), result.passwordChange(), result.enrolmentNeeded())));
        if (status != AuthenticationStatus.SUCCESS) {
            Feedback.fieldError(null, "login.failed");
            return;
        }
        Object returnTo = request.getSession().getAttribute(LoginMechanism.RETURN_TO);
        request.getSession().removeAttribute(LoginMechanism.RETURN_TO);
        String target = result.passwordChange() || result.enrolmentNeeded() ? "/account/index.xhtml"
                : returnTo instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : "/";
        external.redirect(external.getRequestContextPath() + target);
        faces.responseComplete();
    }

    private static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public boolean isCodeStep() {
        return pending != null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}

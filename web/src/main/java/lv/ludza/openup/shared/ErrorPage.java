package lv.ludza.openup.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.primefaces.application.exceptionhandler.ExceptionInfo;

import lv.ludza.openup.security.AccessRefused;

/**
 * The error pages: the HTTP status they answer with (a refused or missing record is 403 or 404, never 200 or 500),
 * and why a record was refused, in the user's language.
 */
@Named
@RequestScoped
public class ErrorPage {

    /** A request attribute where a servlet puts the refusal before it sends 403, for the page to say why. */
    public static final String REFUSAL = "openup.refusal";

    /** A request attribute where a servlet puts the rule a download broke before it sends 409. */
    public static final String REASON = "openup.reason";

    /** Sets the status of the response (an exception forwarded to an error page would otherwise answer 500). */
    public void respond(int status) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isResponseCommitted()) {
            external.setResponseStatus(status);
        }
    }

    /** Why access was denied: the record's reason when a service refused a record, else the role's. */
    public String getDeniedText() {
        AccessRefused refused = refusal();
        return refused == null ? Texts.get("error.denied.text") : Texts.get(refused.getKey(), refused.getArguments());
    }

    /** Why a file could not be made: the rule it broke, in the user's language. */
    public String getReasonText() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return request.getAttribute(REASON) instanceof RuleViolation rule ? Texts.get(rule.getKey(), rule.getArguments())
                : "";
    }

    private static AccessRefused refusal() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getAttribute(REFUSAL) instanceof AccessRefused refused) {
            return refused;
        }
        Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (thrown == null && external.getSessionMap().get(ExceptionInfo.ATTRIBUTE_NAME) instanceof ExceptionInfo info) {
            thrown = info.getException(); // an AJAX request, which PrimeFaces sent here
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessRefused refused) {
                return refused;
            }
        }
        return null;
    }

    /** For servlets: answers 403, with the reason for the denied page. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, Exception denied)
            throws java.io.IOException {
        if (denied instanceof AccessRefused refused) {
            request.setAttribute(REFUSAL, refused);
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}

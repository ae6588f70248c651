package lv.ludza.openup.security;

import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import lv.ludza.openup.shared.UserLocale;

/**
 * Who is logged in, for the top bar and the menu. On the first page after login it notes the login and
 * applies the user's language (or stores the one they picked on the login page).
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    @Inject
    private UserLocale userLocale;

    // volatile: several requests of a session (tabs, downloads) may ask at once; the first one loads the user
    private volatile String username;
    private String fullName;
    private String partnerName;

    public boolean isLoggedIn() {
        return external().getUserPrincipal() != null;
    }

    /** Loads the user once per login; called from the layout. */
    public void load() {
        load(external().getUserPrincipal());
    }

    /**
     * Loads the user once per login for a request outside the pages (an export or a download opened by its link, which
     * may be the first request after the login): so that its texts are in the user's language, as the pages would be.
     */
    public void load(HttpServletRequest request) {
        load(request.getUserPrincipal());
    }

    private void load(Principal caller) {
        String principal = caller == null ? null : caller.getName();
        if (principal == null || principal.equals(username)) {
            return;
        }
        loadOnce(principal);
    }

    private synchronized void loadOnce(String principal) {
        if (principal.equals(username)) {
            return; // another request of the session loaded them meanwhile
        }
        AppUser user = users.recordLogin();
        fullName = user.getFullName();
        partnerName = user.getPartner() == null ? null : user.getPartner().getShortName();
        if (userLocale.isChosenInThisSession() && userLocale.language() != user.getLanguage()) {
            users.changeLanguage(userLocale.language());
        } else {
            userLocale.apply(user.getLanguage());
        }
        username = user.getUsername(); // last: a request that sees it loaded sees the language too
    }

    public boolean hasRole(String role) {
        return external().isUserInRole(role);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN_ROLE);
    }

    public boolean isCoordinator() {
        return hasRole(Role.COORDINATOR_ROLE);
    }

    /** May keep suppliers and, later, the money records (the services check it again). */
    public boolean isMoneyKeeper() {
        return isAdmin() || isCoordinator() || hasRole(Role.ACCOUNTANT_ROLE);
    }

    /** Changes the screens' language and remembers it for this user. */
    public void chooseLanguage(String code) {
        userLocale.choose(code);
        if (isLoggedIn()) {
            users.changeLanguage(userLocale.language());
        }
    }

    public void logout() throws IOException {
        ExternalContext external = external();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPartnerName() {
        return partnerName;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}

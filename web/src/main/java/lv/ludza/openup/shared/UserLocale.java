package lv.ludza.openup.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import lv.ludza.openup.security.Language;

/**
 * The language of this session's screens. Chosen on the login page or in the top bar; remembered in a
 * cookie for the login page and in the user's record for every later login.
 */
@Named
@SessionScoped
public class UserLocale implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "openup_lang";

    /** The request being served (outside the pages too: an export opened by its link reads the cookie from it). */
    @Inject
    private HttpServletRequest request;

    // volatile: the requests of one session (several tabs, downloads) read and set it at once
    private volatile Language language;
    private volatile boolean chosenInThisSession;

    public Locale getLocale() {
        return language().locale();
    }

    public String getCode() {
        return language().code();
    }

    public Language language() {
        if (language == null) {
            language = fromCookie();
        }
        return language;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    /** The user picked a language: show it now and remember it in the browser. */
    public void choose(String code) {
        apply(Language.of(code));
        chosenInThisSession = true;
    }

    /** Shows the screens in this language (without counting as the user's choice). */
    public void apply(Language chosen) {
        this.language = chosen;
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            if (faces.getViewRoot() != null) {
                faces.getViewRoot().setLocale(chosen.locale());
            }
            faces.getExternalContext().addResponseCookie(COOKIE, chosen.code(),
                    Map.of("maxAge", 60 * 60 * 24 * 365, "path", cookiePath(faces.getExternalContext()),
                            "httpOnly", true));
        }
    }

    public boolean isChosenInThisSession() {
        return chosenInThisSession;
    }

    private static String cookiePath(ExternalContext external) {
        String path = external.getRequestContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /**
     * The language remembered in the browser, read from the request, in the pages and outside them (an export or a
     * download, where there is no FacesContext: it used to get the default, Latvian, and keep it for the session).
     */
    private Language fromCookie() {
        Cookie[] cookies;
        try {
            cookies = request.getCookies();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Language.DEFAULT;
        }
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Language.of(cookie.getValue());
                }
            }
        }
        return Language.DEFAULT;
    }
}

package lv.ludza.openup.shared;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lv.ludza.openup.security.Language;
import lv.ludza.openup.security.LoginMechanism;

/**
 * What a logged-in user's request gets while the database cannot be reached (the login mechanism cannot check who
 * they are, and keeps their session): a click on a page already shown (an AJAX request, a save) gets the message
 * in the page's alert line and nothing else changes, so what they typed stays and the same click works once the
 * database is back; a page being opened gets a short page saying so (503). In the user's language, without the
 * database (no Faces page, which could need it).
 */
@WebServlet(LoginMechanism.DATABASE_AWAY)
public class DatabaseAway extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The page's alert line (layout.xhtml) that the message replaces. */
    static final String ALERT_ID = "databaseAway";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language(request).locale();
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            String text = escaped(Texts.get(locale, "error.databaseUnavailable"));
            PrintWriter out = response.getWriter();
            out.print("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes><update id=\"" + ALERT_ID
                    + "\"><![CDATA[<div id=\"" + ALERT_ID + "\" role=\"alert\" class=\"ou-alert ou-alert-error\">"
                    + text + "</div>]]></update></changes></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("text/html");
        String title = escaped(Texts.get(locale, "error.databaseUnavailable.title"));
        String text = escaped(Texts.get(locale, "error.databaseUnavailable.page"));
        response.getWriter().print("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " · OPEN UP</title></head><body style=\"font-family: sans-serif; max-width: 40rem; margin: 2rem auto;"
                + " padding: 0 1rem; color: #1b1b1b\"><main><h1>" + title + "</h1><p>" + text + "</p><p><a href=\""
                + escaped(request.getContextPath() + "/") + "\">" + escaped(Texts.get(locale, "error.backHome"))
                + "</a></p></main></body></html>");
    }

    private static Language language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (UserLocale.COOKIE.equals(cookie.getName())) {
                    return Language.of(cookie.getValue());
                }
            }
        }
        return Language.DEFAULT;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

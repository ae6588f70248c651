package lv.ludza.openup.shared;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jboss.logging.MDC;

/**
 * Puts the request's id and the user in the log context of every line the request writes ({@code openup.log}'s
 * {@code [request user]}, the JSON lines' {@code mdc}), so that one request's lines, and one user's, can be found
 * together. The id is the load balancer's {@value #HEADER} when it sent a sane one, else a new one; the response
 * carries it back, so a user's report of an error page can be matched with the log.
 */
@WebFilter(filterName = "RequestLogContext", urlPatterns = "/*")
public class RequestLogContext extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "X-Request-ID";
    /** The keys in the log context. */
    static final String REQUEST = "request";
    static final String USER = "user";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String given = request.getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : newId();
        String user = request.getRemoteUser();
        response.setHeader(HEADER, id);
        Object outerRequest = MDC.put(REQUEST, id);
        Object outerUser = MDC.put(USER, user == null ? "-" : user);
        try {
            chain.doFilter(request, response);
        } finally {
            restore(REQUEST, outerRequest);
            restore(USER, outerUser);
        }
    }

    /** Back to what the context held before (an include or error dispatch runs inside the request's own filter). */
    private static void restore(String key, Object outer) {
        if (outer == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, outer);
        }
    }

    /** Twelve random letters and digits: unique enough among a server's requests, short in a log line. */
    static String newId() {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = DIGITS[RANDOM.nextInt(DIGITS.length)];
        }
        return new String(id);
    }
}

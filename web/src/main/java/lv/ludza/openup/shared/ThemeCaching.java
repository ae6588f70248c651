package lv.ludza.openup.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The theme's static files ({@code /theme/<revision>/...}, built by web/pom.xml) are cached by browsers and proxies for a
 * year without asking again: their address names their content's checksum, so a changed theme has a new address.
 * The server's own static file handler sends them (no Faces, no expression evaluation).
 */
@WebFilter(filterName = "ThemeCaching", urlPatterns = "/theme/*")
public class ThemeCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        chain.doFilter(request, response);
    }
}

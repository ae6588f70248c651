package lv.ludza.openup.reporting;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import lv.ludza.openup.shared.ErrorPage;

import lv.ludza.openup.events.EventExports;
import lv.ludza.openup.inventory.InventoryExports;
import lv.ludza.openup.procurement.MoneyExports;
import lv.ludza.openup.project.ProjectService;
import lv.ludza.openup.security.CurrentUser;
import lv.ludza.openup.security.SecurityEvents;
import lv.ludza.openup.shared.RuleViolation;
import lv.ludza.openup.shared.UserLocale;
import lv.ludza.openup.travel.TravelExports;

/**
 * Files to download, by a plain link: {@code /export/report.xlsx?partner=1&period=2},
 * {@code /export/report.pdf?...}, {@code /export/expenditure.xlsx?partner=..&period=..&category=..}. The
 * services check who may read what, as for the screens; the texts are in the user's language.
 */
@WebServlet("/export/*")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;


    @Inject
    private MoneyExports money;

    @Inject
    private TravelExports travel;

    @Inject
    private EventExports eventExports;

    @Inject
    private InventoryExports inventory;

    @Inject
    private UserLocale userLocale;

    @Inject
    private CurrentUser currentUser;

    /** What an export writes: the file's name and type, then its bytes. */
    public interface Download {
        String fileName();

        String contentType();

        void writeTo(java.io.OutputStream out) throws IOException;

        /** A download whose bytes the body writes when asked. */
        static Download of(String fileName, String contentType, Body body) {
            return new Download() {
                @Override
                public String fileName() {
                    return fileName;
                }

                @Override
                public String contentType() {
                    return contentType;
                }

                @Override
                public void writeTo(java.io.OutputStream out) throws IOException {
                    body.write(out);
                }
            };
        }
    }

    /** What writes a download's bytes. */
    @FunctionalInterface
    public interface Body {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** A request parameter's first value, or null. */
    public static String parameter(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /**
     * The project a list export is of: required, and one that exists (a missing, malformed or unknown one is not
     * found, never an empty file); whether the user may see it the services check.
     */
    public static long project(Map<String, String[]> parameters, ProjectService projects) {
        long id = Long.parseLong(String.valueOf(parameter(parameters, "project")));
        projects.findWithPartners(id).orElseThrow(() -> new RuleViolation(NOT_THERE));
        return id;
    }

    /** The rule a service breaks for a record that is not there. */
    private static final String NOT_THERE = "error.recordDeleted";

    private static void notFound(HttpServletResponse response) throws IOException {
        response.reset();
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        // the user's language as the pages have it, also when this is the first request after the login (a link
        // opened before logging in leads here straight from the login page)
        currentUser.load(request);
        Locale locale = userLocale.getLocale();
        try {
            Download download = money.export(path, request.getParameterMap(), locale);
            if (download == null) {
                download = travel.export(path, request.getParameterMap(), locale);
            }
            if (download == null) {
                download = eventExports.export(path, request.getParameterMap(), locale);
            }
            if (download == null) {
                String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                        + request.getContextPath();
                download = inventory.export(path, request.getParameterMap(), locale, base);
            }
            if (download == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(download.contentType());
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; frame-ancestors 'none'");
            response.setHeader("Cache-Control", "private, no-store");
            // tells the page that the file is coming (openup.js ends its "preparing the file" line); no secret
            Cookie started = new Cookie("openup-download", "1");
            started.setPath("/");
            response.addCookie(started);
            SecurityEvents.exported(path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                    request.getRemoteUser());
            download.writeTo(response.getOutputStream());
        } catch (IllegalArgumentException | java.time.DateTimeException notThere) {
            notFound(response); // a malformed id or date in the address
        } catch (RuleViolation refused) {
            if (NOT_THERE.equals(refused.getKey())) {
                notFound(response);
            } else {
                // the file cannot be made (a certificate for someone who did not attend): say why
                response.reset();
                request.setAttribute(ErrorPage.REASON, refused);
                response.sendError(HttpServletResponse.SC_CONFLICT);
            }
        } catch (EJBAccessException denied) {
            response.reset();
            ErrorPage.refuse(request, response, denied);
        }
    }
}

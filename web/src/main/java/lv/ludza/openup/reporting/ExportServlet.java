package lv.ludza.openup.reporting;

import java.io.IOException;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lv.ludza.openup.events.EventExports;
import lv.ludza.openup.inventory.InventoryExports;
import lv.ludza.openup.procurement.MoneyExports;
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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            Download download = money.export(path, request.getParameterMap(), userLocale.getLocale());
            if (download == null) {
                download = travel.export(path, request.getParameterMap(), userLocale.getLocale());
            }
            if (download == null) {
                download = eventExports.export(path, request.getParameterMap(), userLocale.getLocale());
            }
            if (download == null) {
                String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                        + request.getContextPath();
                download = inventory.export(path, request.getParameterMap(), userLocale.getLocale(), base);
            }
            if (download == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(download.contentType());
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, no-store");
            download.writeTo(response.getOutputStream());
        } catch (RuleViolation | IllegalArgumentException | java.time.DateTimeException notThere) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}

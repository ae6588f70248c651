package lv.ludza.openup.documents;

import java.io.IOException;
import java.util.Optional;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lv.ludza.openup.shared.ErrorPage;

/**
 * Sends a document's file: {@code /documents/file/<id>}. As an attachment with the content type found when it was
 * attached, never for the browser to guess ({@code nosniff}) or to run (a sandbox, should it be shown anyway).
 * Behind the login like every page; each download is logged by the service. {@code /documents/file/<id>?view} sends
 * a photo (an image by its content) inline, for the record's page to show; other types are not found that way.
 */
@WebServlet(name = "DocumentDownload", urlPatterns = "/documents/file/*")
public class DocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = id(request.getPathInfo());
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean view = request.getParameter("view") != null;
        Optional<DocumentFile> found;
        try {
            found = view ? documents.image(id) : documents.content(id);
        } catch (EJBAccessException denied) {
            ErrorPage.refuse(request, response, denied);
            return;
        }
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentFile file = found.get();
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.content().length);
        response.setHeader("Content-Disposition",
                view ? ContentDisposition.inline(file.fileName()) : ContentDisposition.attachment(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        // a document's bytes never change (a new file is a new document): a photo shown on a page is loaded once
        response.setHeader("Cache-Control", view ? "private, max-age=31536000, immutable" : "private, no-store");
        response.getOutputStream().write(file.content());
    }

    /** The id in {@code /<id>}, or null when the path is anything else. */
    static Long id(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(pathInfo.substring(1));
    }
}

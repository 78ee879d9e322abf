package com.serviceportal.web.portal.sites;

import com.serviceportal.documents.DocumentFile;
import com.serviceportal.documents.DocumentService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.cases.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends one document ({@code ?id=…}) as a download. Mapped under {@code /portal/} and
 * {@code /desk/}, so the sign-in and role rules of those areas guard it; the service answers "not
 * found" for a document the caller may not have (unpublished, or on a customer it does not see).
 */
@WebServlet(
        name = "DocumentDownload",
        urlPatterns = {"/portal/sites/document", "/desk/documents/document"})
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documentService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DocumentFile file;
        try {
            file = documentService.download(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.content().length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }
}

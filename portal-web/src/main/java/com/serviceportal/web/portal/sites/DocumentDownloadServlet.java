package com.serviceportal.web.portal.sites;

import com.serviceportal.documents.DocumentService;
import com.serviceportal.platform.FileDownload;
import com.serviceportal.web.AttachmentServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * Sends one document; the service answers "not found" for a document the caller may not have
 * (unpublished, or on a customer it does not see).
 */
@WebServlet(
        name = "DocumentDownload",
        urlPatterns = {"/portal/sites/document", "/desk/documents/document"})
public class DocumentDownloadServlet extends AttachmentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentService documentService;

    @Override
    protected FileDownload download(long id) {
        return documentService.download(id);
    }
}

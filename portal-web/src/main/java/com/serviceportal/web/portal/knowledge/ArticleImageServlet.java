package com.serviceportal.web.portal.knowledge;

import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.platform.FileDownload;
import com.serviceportal.web.AttachmentServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * Sends an image of an article ({@code ?id=}) for the article page, the desk's editor and preview.
 * Signed-in customers and staff reach it (shiro.ini); the service answers "not found" for an image of
 * an article the caller may not read, so another company's, a staff-only or a draft article's image
 * is a 404. The content type is the one the service recognised from the image's bytes, and the
 * browser may only show it as an image, never sniff or run it.
 */
@WebServlet(name = "ArticleImage", urlPatterns = "/portal/knowledge/image")
public class ArticleImageServlet extends AttachmentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeService knowledge;

    @Override
    protected FileDownload download(long id) {
        return knowledge.image(id);
    }

    /** Shown in the article, not saved. */
    @Override
    protected String disposition(FileDownload image) {
        return "inline";
    }

    /** An article's images are read with every view of it; a short while in the reader's own cache. */
    @Override
    protected String cacheControl() {
        return "private, max-age=300";
    }
}

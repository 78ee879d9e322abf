package com.serviceportal.web.portal.knowledge;

import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.platform.FileDownload;
import com.serviceportal.platform.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends an image of an article ({@code ?id=}) for the article page, the desk's editor and preview.
 * Signed-in customers and staff reach it (shiro.ini); the service answers "not found" for an image of
 * an article the caller may not read, so another company's, a staff-only or a draft article's image
 * is a 404. The content type is the one the service recognised from the image's bytes, and the
 * browser may only show it as an image, never sniff or run it.
 */
@WebServlet(name = "ArticleImage", urlPatterns = "/portal/knowledge/image")
public class ArticleImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeService knowledge;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileDownload image;
        try {
            image = knowledge.image(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(image.contentType());
        response.setContentLengthLong(image.content().length);
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getOutputStream().write(image.content());
    }
}

package com.serviceportal.web;

import com.serviceportal.platform.FileDownload;
import com.serviceportal.platform.NotFoundException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends one stored file ({@code ?id=…}) as a download. A subclass is mapped under {@code /portal/}
 * and {@code /desk/}, so the sign-in and role rules of those areas guard it, and asks its service,
 * which answers "not found" for a file the caller may not have. The file is an attachment the browser
 * saves, or an image shown in a page, never a page it renders.
 */
public abstract class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The file with the given id, if the caller may have it. */
    protected abstract FileDownload download(long id);

    /** How the browser takes the file: saved under its name, unless a subclass shows it in a page. */
    protected String disposition(FileDownload file) {
        return ContentDisposition.attachment(file.name());
    }

    /** How long the browser may keep the file: not at all, unless a subclass allows it. */
    protected String cacheControl() {
        return "private, no-store";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileDownload file;
        try {
            file = download(Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.content().length);
        response.setHeader("Content-Disposition", disposition(file));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", cacheControl());
        response.getOutputStream().write(file.content());
    }
}

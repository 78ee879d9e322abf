package com.serviceportal.web.cases;

import com.serviceportal.cases.files.CaseFileService;
import com.serviceportal.cases.files.FileDownload;
import com.serviceportal.platform.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends one file of a case ({@code ?id=…}) as a download. Mapped under {@code /portal/} and
 * {@code /desk/}, so the sign-in and role rules of those areas guard it; the service decides
 * whether the caller sees the file's case, and answers "not found" otherwise. The file is always an
 * attachment the browser saves, never a page it renders.
 */
@WebServlet(
        name = "CaseFileDownload",
        urlPatterns = {"/portal/cases/file", "/desk/cases/file"})
public class CaseFileDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFileService fileService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FileDownload file;
        try {
            file = fileService.download(Long.parseLong(String.valueOf(request.getParameter("id"))));
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

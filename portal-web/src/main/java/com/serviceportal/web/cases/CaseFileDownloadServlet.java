package com.serviceportal.web.cases;

import com.serviceportal.cases.files.CaseFileService;
import com.serviceportal.platform.FileDownload;
import com.serviceportal.web.AttachmentServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/** Sends one file of a case; the service decides whether the caller sees the file's case. */
@WebServlet(
        name = "CaseFileDownload",
        urlPatterns = {"/portal/cases/file", "/desk/cases/file"})
public class CaseFileDownloadServlet extends AttachmentServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseFileService fileService;

    @Override
    protected FileDownload download(long id) {
        return fileService.download(id);
    }
}

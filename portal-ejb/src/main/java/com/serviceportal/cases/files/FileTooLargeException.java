package com.serviceportal.cases.files;

import com.serviceportal.platform.BusinessException;

/** A file over the size limit; refused before anything of it is stored. */
public class FileTooLargeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FileTooLargeException(String fileName) {
        super("caseFiles.tooLarge", fileName, CaseFileService.MAX_FILE_BYTES / (1024 * 1024));
    }
}

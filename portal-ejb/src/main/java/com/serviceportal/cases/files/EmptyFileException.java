package com.serviceportal.cases.files;

import com.serviceportal.platform.BusinessException;

/** A file of no bytes: nothing a case could use, most often a failed save on the customer's side. */
public class EmptyFileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EmptyFileException(String fileName) {
        super("caseFiles.emptyFile", fileName);
    }
}

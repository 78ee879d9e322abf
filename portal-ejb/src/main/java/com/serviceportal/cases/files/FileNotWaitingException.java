package com.serviceportal.cases.files;

import com.serviceportal.platform.BusinessException;

/**
 * A file the new-case form names no longer waits for the caller: removed meanwhile (in another
 * window, or after a day unsaved), already attached to a case, or never the caller's. The save is
 * refused and the form shows the files that still wait.
 */
public class FileNotWaitingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FileNotWaitingException() {
        super("newCase.error.fileNotWaiting");
    }
}

package com.serviceportal.cases.files;

import com.serviceportal.platform.BusinessException;

/** A new folder's name is missing, too long, or already used beside it. */
public class FolderNameException extends BusinessException {

    private static final long serialVersionUID = 1L;

    FolderNameException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

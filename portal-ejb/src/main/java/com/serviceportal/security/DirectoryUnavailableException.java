package com.serviceportal.security;

import com.serviceportal.platform.BusinessException;

/** No directory is configured, or it could not be reached. */
public class DirectoryUnavailableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(String messageKey) {
        super(messageKey);
    }
}

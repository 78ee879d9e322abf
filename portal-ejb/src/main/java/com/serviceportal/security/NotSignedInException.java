package com.serviceportal.security;

import com.serviceportal.platform.BusinessException;

/** A service that needs a caller was reached without one. */
public class NotSignedInException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        super("error.notSignedIn");
    }
}

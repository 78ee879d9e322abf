package com.serviceportal.security;

import com.serviceportal.platform.BusinessException;

/** The desk asked for something the account cannot have, e.g. a reset link for a directory account. */
public class AccessRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String messageKey) {
        super(messageKey);
    }
}

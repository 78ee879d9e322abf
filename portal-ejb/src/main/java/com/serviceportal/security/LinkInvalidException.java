package com.serviceportal.security;

import com.serviceportal.platform.BusinessException;

/**
 * A link that cannot be used: unknown, used already, expired, or for an account that may no longer
 * sign in. One message for all, so the answer reveals nothing about accounts.
 */
public class LinkInvalidException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LinkInvalidException() {
        super("link.invalid");
    }
}

package com.serviceportal.security;

import com.serviceportal.platform.BusinessException;

/** A new password breaks the password rule; the key names the part it breaks. */
public class PasswordRuleException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PasswordRuleException(String messageKey) {
        super(messageKey, PasswordRule.MIN_LENGTH);
    }
}

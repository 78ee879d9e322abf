package com.serviceportal.platform;

/**
 * Someone else saved the record after the caller's page read it, so nothing of the caller's was
 * saved. The page then shows the record as it now stands next to what the caller typed; saving
 * again applies what was typed to the version now shown.
 */
public class ChangedMeanwhileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ChangedMeanwhileException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

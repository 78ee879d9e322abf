package com.serviceportal.projects;

import com.serviceportal.platform.BusinessException;

/** Only the customer's authorised contacts decide a request for change (decision 0050). */
public class NotAuthorisedToDecideException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotAuthorisedToDecideException() {
        super("projects.change.notAuthorised");
    }
}

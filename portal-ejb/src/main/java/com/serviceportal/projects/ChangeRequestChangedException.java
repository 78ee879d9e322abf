package com.serviceportal.projects;

import com.serviceportal.platform.ChangedMeanwhileException;

/** The request for change was changed or decided since the page showed it; nothing was decided. */
public class ChangeRequestChangedException extends ChangedMeanwhileException {

    private static final long serialVersionUID = 1L;

    public ChangeRequestChangedException(int number) {
        super("projects.change.changed", Integer.toString(number));
    }
}

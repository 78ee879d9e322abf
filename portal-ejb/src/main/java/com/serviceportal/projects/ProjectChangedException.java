package com.serviceportal.projects;

import com.serviceportal.platform.ChangedMeanwhileException;

/** Someone else saved the project since the page read it; nothing was saved. */
public class ProjectChangedException extends ChangedMeanwhileException {

    private static final long serialVersionUID = 1L;

    public ProjectChangedException(String number) {
        super("projects.changed", number);
    }
}

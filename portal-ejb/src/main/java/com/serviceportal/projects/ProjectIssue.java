package com.serviceportal.projects;

import java.io.Serializable;

/** A case raised for the project, as its issues list shows it. */
public record ProjectIssue(long caseNumber, String summary, String severity, String status, boolean complete)
        implements Serializable {}

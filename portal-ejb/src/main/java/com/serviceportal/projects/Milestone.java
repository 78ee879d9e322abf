package com.serviceportal.projects;

import java.io.Serializable;
import java.time.LocalDate;

/** A milestone of a project the caller sees, on its planned date (for calendars). */
public record Milestone(long projectId, String projectNumber, String projectName, String name, LocalDate date)
        implements Serializable {}

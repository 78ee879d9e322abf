package com.serviceportal.projects;

/** Where a project stands. */
public enum ProjectStatus {
    PLANNED,
    ACTIVE,
    ON_HOLD,
    COMPLETED,
    CANCELLED
}

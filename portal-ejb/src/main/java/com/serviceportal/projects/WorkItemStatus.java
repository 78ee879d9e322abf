package com.serviceportal.projects;

/** How far a task or milestone of the work list has come. */
public enum WorkItemStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}

package com.serviceportal.projects;

/** A task takes time; a milestone is one planned date (its planned end). */
public enum WorkItemKind {
    TASK,
    MILESTONE
}

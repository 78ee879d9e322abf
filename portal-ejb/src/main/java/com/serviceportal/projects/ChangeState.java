package com.serviceportal.projects;

/** A request for change waits for the customer, who approves or rejects it once. */
public enum ChangeState {
    WAITING,
    APPROVED,
    REJECTED
}

package com.serviceportal.sla;

/** Where a case stands against one target. */
public enum TargetState {
    /** Still running, with more than a quarter of the target's business time left. */
    OPEN,
    /** Still running, with less than a quarter of the target's business time left. */
    AT_RISK,
    /** The clock stands still while the case waits (e.g. for the customer). */
    PAUSED,
    MET,
    /** Met late, or not met and past its due time. */
    MISSED
}

package com.serviceportal.contracts;

/** Where a contract stands; only an active contract covers new cases. */
public enum ContractState {
    /** Starts in the future, or waits for its invoice to be paid. */
    PENDING,
    ACTIVE,
    EXPIRED,
    CANCELLED
}

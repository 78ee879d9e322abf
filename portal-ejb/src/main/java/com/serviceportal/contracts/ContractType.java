package com.serviceportal.contracts;

/** The four kinds of contract the service company sells. */
public enum ContractType {
    /** Cover between a start and an end date. */
    SUBSCRIPTION,
    /** Cover between two dates, for at most a number of hours. */
    TIME_LIMITED_SUBSCRIPTION,
    /** A bank of hours, drawn down by the time recorded on cases. */
    SUPPORT_HOURS,
    /** Hours per month, restored on the contract's rollover day. */
    SUPPORT_HOURS_BY_MONTH
}

package com.serviceportal.contracts;

/**
 * The four kinds of contract the service company sells, and which of the contract's fields each
 * needs; the form shows, and the service requires, exactly those.
 */
public enum ContractType {
    /** Cover between a start and an end date. */
    SUBSCRIPTION(true, false, false),
    /** Cover between two dates, for at most a number of hours. */
    TIME_LIMITED_SUBSCRIPTION(true, true, false),
    /** A bank of hours, drawn down by the time recorded on cases. */
    SUPPORT_HOURS(false, true, false),
    /** Hours per month, restored on the contract's rollover day. */
    SUPPORT_HOURS_BY_MONTH(false, false, true);

    private final boolean endDateRequired;
    private final boolean includedHours;
    private final boolean monthlyHours;

    ContractType(boolean endDateRequired, boolean includedHours, boolean monthlyHours) {
        this.endDateRequired = endDateRequired;
        this.includedHours = includedHours;
        this.monthlyHours = monthlyHours;
    }

    public boolean isEndDateRequired() {
        return endDateRequired;
    }

    /** A number of hours bought once: the bank, or the hours of a time-limited subscription. */
    public boolean isIncludedHours() {
        return includedHours;
    }

    /** Hours per month and a rollover day. */
    public boolean isMonthlyHours() {
        return monthlyHours;
    }

    /** Whether time recorded on cases is counted against an allowance of hours. */
    public boolean isHoursLimited() {
        return includedHours || monthlyHours;
    }
}

package com.serviceportal.cases;

/**
 * How badly the customer is affected; each level has a label and a meaning in the bundles. The most
 * urgent comes first: lists sorted by severity follow this order.
 */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    NOT_APPLICABLE;

    /** 1 for the most urgent; kept beside the severity on each case so lists sort by it (schema 26). */
    public int rank() {
        return ordinal() + 1;
    }
}

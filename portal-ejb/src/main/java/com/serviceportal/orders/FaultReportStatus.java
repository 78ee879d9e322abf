package com.serviceportal.orders;

/**
 * Where a fault report stands: waiting in the desk's queue, accepted (an order was made of it),
 * rejected (with a reason the customer reads), or ordered at once for a contact who orders directly.
 */
public enum FaultReportStatus {
    WAITING,
    ACCEPTED,
    REJECTED,
    ORDERED
}

package com.serviceportal.orders;

import java.io.Serializable;

/**
 * What became of a fault report: an order at once ({@code orderId} and {@code orderNumber} set) or a
 * report waiting in the desk's queue.
 */
public record FaultReportOutcome(long reportId, Long orderId, Long orderNumber) implements Serializable {

    public boolean isOrdered() {
        return orderId != null;
    }
}

package com.serviceportal.orders;

/** Where a work order stands; planned, scheduled and in-progress orders are open. */
public enum OrderStatus {
    PLANNED,
    SCHEDULED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }
}

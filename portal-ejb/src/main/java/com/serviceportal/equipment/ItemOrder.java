package com.serviceportal.equipment;

import com.serviceportal.orders.OrderStatus;
import com.serviceportal.orders.OrderType;
import java.io.Serializable;
import java.time.LocalDate;

/** A work order on an item. */
public final class ItemOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long number;
    private final OrderType type;
    private final OrderStatus status;
    private final LocalDate plannedDate;
    private final String description;

    public ItemOrder(long number, OrderType type, OrderStatus status, LocalDate plannedDate, String description) {
        this.number = number;
        this.type = type;
        this.status = status;
        this.plannedDate = plannedDate;
        this.description = description;
    }

    public long getNumber() {
        return number;
    }

    public OrderType getType() {
        return type;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public String getDescription() {
        return description;
    }
}

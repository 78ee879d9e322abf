package com.serviceportal.orders;

import java.io.Serializable;

/** The desk's order list filters: a customer (with its sites) or one site, type, status, open only. */
public class OrderFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long customerId;
    private OrderType type;
    private OrderStatus status;
    private boolean openOnly = true;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public OrderType getType() {
        return type;
    }

    public void setType(OrderType type) {
        this.type = type;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}

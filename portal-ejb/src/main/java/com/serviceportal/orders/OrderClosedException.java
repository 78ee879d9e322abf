package com.serviceportal.orders;

import com.serviceportal.platform.BusinessException;

/** A completed or cancelled order is final: it is neither scheduled nor changed any more. */
public class OrderClosedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderClosedException(long number) {
        super("orders.closed", Long.toString(number));
    }
}

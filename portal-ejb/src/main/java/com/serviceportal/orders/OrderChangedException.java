package com.serviceportal.orders;

import com.serviceportal.platform.ChangedMeanwhileException;

/** Someone else changed the order since it was shown; the page shows it again as it is now. */
public class OrderChangedException extends ChangedMeanwhileException {

    private static final long serialVersionUID = 1L;

    public OrderChangedException(long number) {
        super("orders.changed", Long.toString(number));
    }
}

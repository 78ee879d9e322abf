package com.serviceportal.statistics;

import com.serviceportal.platform.BusinessException;

/** A period that ends before it starts, or longer than {@link StatisticsRequest#MOST_MONTHS} months. */
public class PeriodTooLongException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PeriodTooLongException() {
        super("statistics.error.period", StatisticsRequest.MOST_MONTHS);
    }
}

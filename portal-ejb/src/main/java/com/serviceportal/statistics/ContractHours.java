package com.serviceportal.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * The time recorded on the caller's cases in one month that drew from one contract, beside the hours
 * the contract holds (a month's hours for a contract by month, the whole bank otherwise).
 *
 * @param contract the contract's reference
 * @param month the month the time was recorded in
 * @param usedMinutes the minutes recorded
 * @param contractMinutes the contract's minutes; {@code null} when it holds no hours (a subscription)
 */
public record ContractHours(String contract, YearMonth month, long usedMinutes, Integer contractMinutes)
        implements Serializable {

    public BigDecimal usedHours() {
        return hours(usedMinutes);
    }

    public BigDecimal contractHours() {
        return contractMinutes == null ? null : hours(contractMinutes);
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}

package com.serviceportal.statistics;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.YearMonth;

/**
 * Which figures to count: the months from and to (both included), and optionally one company (the
 * desk's customer picker; a contact is always narrowed to its own) and one of its sites.
 *
 * @param from the first month counted
 * @param to the last month counted
 * @param customerId the company whose figures the desk reads; {@code null} for every customer the
 *     caller sees
 * @param siteId one customer or site only; {@code null} for all of them
 */
public record StatisticsRequest(@NotNull YearMonth from, @NotNull YearMonth to, Long customerId, Long siteId)
        implements Serializable {

    /** The most months one page counts: five years. */
    public static final int MOST_MONTHS = 60;

    /** The last twelve months up to and including the given one. */
    public static StatisticsRequest lastTwelveMonths(YearMonth current) {
        return new StatisticsRequest(current.minusMonths(11), current, null, null);
    }

    public StatisticsRequest withCustomer(Long customer, Long site) {
        return new StatisticsRequest(from, to, customer, site);
    }
}

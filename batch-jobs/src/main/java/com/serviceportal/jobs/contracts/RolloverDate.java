package com.serviceportal.jobs.contracts;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The rollover rule of "support hours by month" contracts: the hours are restored on the rollover day
 * of each month, or on the month's last day when the month is shorter. A period is due for a reset when
 * the latest rollover date up to today is after the day the current period began, so a missed night is
 * caught up by the next run and a second run on the same day finds nothing to do.
 */
public final class RolloverDate {

    /** The rollover days a contract may have. */
    public static final int FIRST_DAY = 1;

    public static final int LAST_DAY = 31;

    private RolloverDate() {}

    /** The latest date, on or before {@code today}, on which hours with this rollover day are restored. */
    public static LocalDate latestOnOrBefore(int rolloverDay, LocalDate today) {
        if (rolloverDay < FIRST_DAY || rolloverDay > LAST_DAY) {
            throw new IllegalArgumentException("Rollover day out of range: " + rolloverDay);
        }
        YearMonth month = YearMonth.from(today);
        LocalDate thisMonth = inMonth(month, rolloverDay);
        return thisMonth.isAfter(today) ? inMonth(month.minusMonths(1), rolloverDay) : thisMonth;
    }

    /** Whether a period that began on {@code periodStart} ({@code null}: never) is due for a reset today. */
    public static boolean isDue(int rolloverDay, LocalDate periodStart, LocalDate today) {
        return periodStart == null || latestOnOrBefore(rolloverDay, today).isAfter(periodStart);
    }

    private static LocalDate inMonth(YearMonth month, int rolloverDay) {
        return month.atDay(Math.min(rolloverDay, month.lengthOfMonth()));
    }
}

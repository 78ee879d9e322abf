package com.serviceportal.jobs.contracts;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Active "support hours by month" contracts whose latest rollover date has come since their period
 * began ({@link RolloverDate}).
 */
@Named
@Dependent
public class MonthlyHoursDue extends IdPageReader<Long> {

    /**
     * The latest rollover date of contract {@code k}: one date per rollover day, worked out by
     * {@link RolloverDate} for the run's day and bound by {@link #bindRolloverDates}, so the database
     * compares dates and the rule stays in one place.
     */
    static final String LATEST_ROLLOVER;

    static {
        StringBuilder latest = new StringBuilder("CASE k.rollover_day");
        for (int day = RolloverDate.FIRST_DAY; day <= RolloverDate.LAST_DAY; day++) {
            latest.append(" WHEN ").append(day).append(" THEN CAST(? AS DATE)");
        }
        LATEST_ROLLOVER = latest.append(" END").toString();
    }

    /** Due for a reset, for the contract {@code k}; parameters: {@link #bindRolloverDates}. */
    static final String DUE = "k.state = 'ACTIVE' AND k.contract_type = 'SUPPORT_HOURS_BY_MONTH'"
            + " AND k.rollover_day IS NOT NULL AND (k.period_start IS NULL OR k.period_start < " + LATEST_ROLLOVER
            + ")";

    /** Binds the latest rollover date of each rollover day from {@code first}; returns the next index. */
    static int bindRolloverDates(PreparedStatement statement, int first, LocalDate today) throws SQLException {
        int index = first;
        for (int day = RolloverDate.FIRST_DAY; day <= RolloverDate.LAST_DAY; day++) {
            statement.setDate(index++, Date.valueOf(RolloverDate.latestOnOrBefore(day, today)));
        }
        return index;
    }

    @Override
    String table() {
        return "contract";
    }

    @Override
    String alias() {
        return "k";
    }

    @Override
    String due() {
        return DUE;
    }

    @Override
    int bindDue(PreparedStatement query, int first, LocalDate today) throws SQLException {
        return bindRolloverDates(query, first, today);
    }

    @Override
    Long item(ResultSet row) throws SQLException {
        return row.getLong(1);
    }

    @Override
    long idOf(Long item) {
        return item;
    }
}

package com.serviceportal.jobs.contracts;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Restores the month's hours of a chunk of due contracts: nothing used, a period from the rollover date. */
@Named
@Dependent
public class SupportHoursReset extends IdListWriter {

    @Override
    void write(Connection connection, List<Long> ids, LocalDate today) throws SQLException {
        String sql = ("UPDATE contract SET used_minutes = 0, period_start = " + MonthlyHoursDue.LATEST_ROLLOVER
                        + ", version = version + 1 WHERE k.id IN " + placeholders(ids) + " AND "
                        + MonthlyHoursDue.DUE)
                .replace("k.", "contract.");
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int next = MonthlyHoursDue.bindRolloverDates(update, 1, today);
            next = bindIds(update, next, ids);
            MonthlyHoursDue.bindRolloverDates(update, next, today);
            update.executeUpdate();
        }
    }
}

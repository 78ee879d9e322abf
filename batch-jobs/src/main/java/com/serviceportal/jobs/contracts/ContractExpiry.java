package com.serviceportal.jobs.contracts;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** Expires a chunk of contracts whose end date has passed. */
@Named
@Dependent
public class ContractExpiry extends IdRangeWriter {

    @Override
    void write(Connection connection, long first, long last, LocalDate today) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                ("UPDATE contract SET state = 'EXPIRED', version = version + 1 WHERE k.id BETWEEN ? AND ? AND "
                                + ExpiringContracts.CONDITION)
                        .replace("k.", "contract."))) {
            update.setLong(1, first);
            update.setLong(2, last);
            update.setDate(3, Date.valueOf(today));
            update.executeUpdate();
        }
    }
}

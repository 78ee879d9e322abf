package com.serviceportal.jobs.contracts;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Expires a chunk of active or pending contracts whose end date has passed. */
@Named
@Dependent
public class ContractExpiry extends IdListWriter {

    @Override
    void write(Connection connection, List<Long> ids, LocalDate today) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                ("UPDATE contract SET state = 'EXPIRED', version = version + 1 WHERE k.id IN " + placeholders(ids)
                                + " AND " + ExpiringContracts.CONDITION)
                        .replace("k.", "contract."))) {
            int next = bindIds(update, 1, ids);
            update.setDate(next, Date.valueOf(today));
            update.executeUpdate();
        }
    }
}

package com.serviceportal.jobs.contracts;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** Activates a chunk of due contracts, never a second active customer-level one for a customer. */
@Named
@Dependent
public class ContractActivation extends IdRangeWriter {

    @Override
    void write(Connection connection, long first, long last, LocalDate today) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE contract SET state = 'ACTIVE', version = version + 1 WHERE id BETWEEN ? AND ? AND "
                        + (StartingContracts.DUE + " AND NOT (" + StartingContracts.CUSTOMER_COVERED + ")")
                                .replace("k.", "contract."))) {
            update.setLong(1, first);
            update.setLong(2, last);
            update.setDate(3, Date.valueOf(today));
            update.setDate(4, Date.valueOf(today));
            update.executeUpdate();
        }
    }

    @Override
    long idOf(Object item) {
        return ((DueContract) item).id();
    }
}

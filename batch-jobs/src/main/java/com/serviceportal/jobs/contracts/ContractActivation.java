package com.serviceportal.jobs.contracts;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Activates a chunk of due contracts, never a second active customer-level one for a customer. */
@Named
@Dependent
public class ContractActivation extends IdListWriter {

    @Override
    void write(Connection connection, List<Long> ids, LocalDate today) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(("UPDATE contract SET state = 'ACTIVE',"
                        + " version = version + 1 WHERE k.id IN " + placeholders(ids) + " AND "
                        + StartingContracts.DUE + " AND NOT (" + StartingContracts.CUSTOMER_COVERED + ")")
                .replace("k.", "contract."))) {
            int next = bindIds(update, 1, ids);
            update.setDate(next, Date.valueOf(today));
            update.setDate(next + 1, Date.valueOf(today));
            update.executeUpdate();
        }
    }

    @Override
    long idOf(Object item) {
        return ((DueContract) item).id();
    }
}

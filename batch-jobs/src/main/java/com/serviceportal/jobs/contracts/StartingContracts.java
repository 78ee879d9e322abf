package com.serviceportal.jobs.contracts;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Pending contracts whose start date has come and that wait for no invoice. */
@Named
@Dependent
public class StartingContracts extends IdPageReader<DueContract> {

    /** Due for activation, for the contract {@code k}; one parameter: today. */
    static final String DUE = "k.state = 'PENDING' AND k.awaiting_invoice = CAST(0 AS BIT) AND k.start_date <= ?";

    /**
     * For a customer-level contract of {@code k}: its customer has an active customer-level contract, or a
     * lower-numbered one that is due as well (that one wins). One parameter: today.
     */
    static final String CUSTOMER_COVERED = "k.equipment_id IS NULL AND k.covers_items = CAST(0 AS BIT) AND ("
            + "EXISTS (SELECT 1 FROM contract a WHERE a.customer_id = k.customer_id AND a.equipment_id IS NULL"
            + " AND a.covers_items = CAST(0 AS BIT) AND a.state = 'ACTIVE')"
            + " OR EXISTS (SELECT 1 FROM contract p WHERE p.customer_id = k.customer_id AND p.equipment_id IS NULL"
            + " AND p.covers_items = CAST(0 AS BIT) AND p.id < k.id AND p.state = 'PENDING' AND p.awaiting_invoice = CAST(0 AS BIT)"
            + " AND p.start_date <= ?))";

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

    /** Whether the customer is covered, worked out only for the due rows of a window. */
    @Override
    String extraColumns() {
        return ", CASE WHEN " + DUE + " AND (" + CUSTOMER_COVERED + ") THEN 1 ELSE 0 END";
    }

    @Override
    int bindDue(PreparedStatement query, int first, LocalDate today) throws SQLException {
        query.setDate(first, Date.valueOf(today));
        return first + 1;
    }

    @Override
    int bindExtraColumns(PreparedStatement query, int first, LocalDate today) throws SQLException {
        query.setDate(first, Date.valueOf(today));
        query.setDate(first + 1, Date.valueOf(today));
        return first + 2;
    }

    @Override
    DueContract item(ResultSet row) throws SQLException {
        return new DueContract(row.getLong(1), row.getInt(3) == 1);
    }

    @Override
    long idOf(DueContract item) {
        return item.id();
    }
}

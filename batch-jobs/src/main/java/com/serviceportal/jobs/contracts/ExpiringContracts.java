package com.serviceportal.jobs.contracts;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Active and pending contracts whose end date has passed: a contract still waiting for its invoice (or
 * its start) when its last day goes by expires as well, as {@code ContractLifecycle.stateOn} says.
 */
@Named
@Dependent
public class ExpiringContracts extends IdPageReader<Long> {

    /** The step's condition, shared with {@link ContractExpiry}; one parameter: today. */
    static final String CONDITION = "k.state IN ('ACTIVE', 'PENDING') AND k.end_date < ?";

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
        return CONDITION;
    }

    @Override
    int bindDue(PreparedStatement query, int first, LocalDate today) throws SQLException {
        query.setDate(first, Date.valueOf(today));
        return first + 1;
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

package com.serviceportal.jobs.contracts;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Cases in the "Pending - no contract" status whose customer an active contract now covers. */
@Named
@Dependent
public class CoveredPendingCases extends IdPageReader<Long> {

    /**
     * For the case {@code c}: its status marks it pending a contract (such a status is never complete,
     * which lets the index on open cases by status find them), and an active contract covers it:
     * its own contract, one on its customer or on the company above its site, one on its equipment, or
     * one whose list of items holds its equipment, while that contract is of the case's company
     * ({@code ContractCover}, decision 0053).
     */
    static final String PENDING_AND_COVERED = "c.complete = CAST(0 AS BIT)"
            + " AND c.status_id IN (SELECT s.id FROM tracking_status s"
            + " WHERE s.pending_contract = CAST(1 AS BIT))"
            + " AND EXISTS (SELECT 1 FROM contract k WHERE k.state = 'ACTIVE' AND (k.id = c.contract_id"
            + " OR (k.equipment_id IS NULL AND k.covers_items = CAST(0 AS BIT) AND (k.customer_id = c.customer_id"
            + " OR k.customer_id = (SELECT u.parent_id FROM customer u WHERE u.id = c.customer_id)))"
            + " OR ((k.equipment_id = c.equipment_id"
            + " OR EXISTS (SELECT 1 FROM contract_item ki WHERE ki.contract_id = k.id"
            + " AND ki.equipment_id = c.equipment_id))"
            + " AND k.customer_id IN (SELECT u.id FROM customer u JOIN customer cu ON cu.id = c.customer_id"
            + " WHERE u.id = COALESCE(cu.parent_id, cu.id) OR u.parent_id = COALESCE(cu.parent_id, cu.id)))))";

    @Override
    String table() {
        return "service_case";
    }

    @Override
    String alias() {
        return "c";
    }

    @Override
    String due() {
        return PENDING_AND_COVERED;
    }

    @Override
    int bindDue(PreparedStatement query, int first, LocalDate today) {
        return first;
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

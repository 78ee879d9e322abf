package com.serviceportal.jobs.contracts;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Moves a chunk of covered "Pending - no contract" cases on to the status new cases get, and writes the
 * change into each case's history as the desk's own status changes are written.
 */
@Named
@Dependent
public class PendingCaseMove extends IdListWriter {

    /** Who the case history names for the change. */
    static final String CHANGED_BY = "Nightly contract activation";

    private NewCaseStatus target;

    @Override
    void write(Connection connection, List<Long> ids, LocalDate today) throws SQLException {
        String inChunk = " WHERE c.id IN " + placeholders(ids) + " AND " + CoveredPendingCases.PENDING_AND_COVERED;
        if (target == null) {
            target = NewCaseStatus.read(connection);
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement history = connection.prepareStatement(
                "INSERT INTO case_change (id, case_id, changed_by, changed_at, field, old_value, new_value)"
                        + " SELECT NEXT VALUE FOR case_change_seq, c.id, ?, ?, 'status', s.name, ?"
                        + " FROM service_case c JOIN tracking_status s ON s.id = c.status_id" + inChunk)) {
            history.setString(1, CHANGED_BY);
            history.setTimestamp(2, now);
            history.setString(3, target.name());
            bindIds(history, 4, ids);
            history.executeUpdate();
        }
        String customerStatus = target.availableToCustomers() ? "?" : "customer_status_id";
        try (PreparedStatement move = connection.prepareStatement(("UPDATE service_case SET status_id = ?,"
                        + " customer_status_id = " + customerStatus + ", complete = ?, updated_at = ?, updated_by = ?,"
                        + " version = version + 1" + inChunk)
                .replace("c.", "service_case."))) {
            int p = 1;
            move.setLong(p++, target.id());
            if (target.availableToCustomers()) {
                move.setLong(p++, target.id());
            }
            move.setBoolean(p++, target.complete());
            move.setTimestamp(p++, now);
            move.setString(p++, CHANGED_BY);
            bindIds(move, p, ids);
            move.executeUpdate();
        }
        // The words the case lists search by carry the case's completeness too (V24).
        try (PreparedStatement words = connection.prepareStatement("UPDATE case_word SET complete ="
                + " (SELECT c.complete FROM service_case c WHERE c.id = case_word.case_id) WHERE case_id IN "
                + placeholders(ids))) {
            bindIds(words, 1, ids);
            words.executeUpdate();
        }
    }

    /** The status for new cases, which a covered case moves to. */
    record NewCaseStatus(long id, String name, boolean availableToCustomers, boolean complete) {

        static NewCaseStatus read(Connection connection) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement(
                            "SELECT id, name, available_to_customers, complete FROM tracking_status"
                                    + " WHERE default_for_new = CAST(1 AS BIT) ORDER BY sort_order, id");
                    ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("No tracking status is marked as the default for new cases");
                }
                return new NewCaseStatus(row.getLong(1), row.getString(2), row.getBoolean(3), row.getBoolean(4));
            }
        }
    }
}

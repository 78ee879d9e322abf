package com.serviceportal.jobs.contacts;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The import's last step, once every row is in: links the contacts the chunks noted because their line
 * manager's row came later in the file (the chunks link all others), notes those whose manager did not
 * come in (its own row was rejected), and marks the import done. Three set-based statements over the
 * few noted rows and a status change, in one transaction; run again, it finds nothing left to link.
 */
@Named
@Dependent
public class LineManagerLinks extends AbstractBatchlet {

    private static final String MANAGER = "SELECT a.contact_id FROM user_account a WHERE a.contact_id IS NOT NULL"
            + " AND a.username = m.manager_username";

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Override
    public String process() throws SQLException {
        long id = Long.parseLong(importId.strip());
        try (Connection connection = ImportDatabase.connect()) {
            run(
                    connection,
                    "UPDATE contact SET line_manager_id = (SELECT (" + MANAGER + ") FROM contact_import_manager m"
                            + " WHERE m.import_id = ? AND m.contact_id = contact.id), version = version + 1"
                            + " WHERE id IN (SELECT m.contact_id FROM contact_import_manager m WHERE m.import_id = ?"
                            + " AND EXISTS (" + MANAGER + "))",
                    id,
                    id);
            run(
                    connection,
                    "INSERT INTO contact_import_problem (import_id, line_no, field_name, problem, detail)"
                            + " SELECT m.import_id, m.line_no, 'LINE_MANAGER', '" + Problem.LINE_MANAGER_NOT_LINKED
                            + "',"
                            + " m.manager_username FROM contact_import_manager m WHERE m.import_id = ?"
                            + " AND NOT EXISTS (" + MANAGER + ")",
                    id);
            run(connection, "DELETE FROM contact_import_manager WHERE import_id = ?", id);
            run(
                    connection,
                    "UPDATE contact_import SET status = 'DONE', finished_at = CURRENT_TIMESTAMP,"
                            + " version = version + 1 WHERE id = ?",
                    id);
        }
        return "COMPLETED";
    }

    private static void run(Connection connection, String sql, long... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}

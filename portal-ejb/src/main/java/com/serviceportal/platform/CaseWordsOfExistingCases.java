package com.serviceportal.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code case_word} (V24) for the cases that have no words yet: the cases a database held
 * before V24 (schema version 25), and the demo cases, which the demo scripts write in SQL after the
 * schema migrations (demo version 10, and 16.1 after the cases behind the demo's statistics).
 * Cutting a summary into words is Java ({@link SearchWords}), hence a Java migration.
 */
final class CaseWordsOfExistingCases extends DataMigration {

    private static final int BATCH = 1_000;

    CaseWordsOfExistingCases(String version) {
        super(version, "case words of existing cases");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement query = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO case_word"
                        + " (case_id, word, customer_id, complete, created_at) VALUES (?, ?, ?, ?, ?)")) {
            query.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet cases = query.executeQuery("SELECT c.id, c.summary, c.customer_id, c.complete,"
                    + " c.created_at FROM service_case c"
                    + " WHERE NOT EXISTS (SELECT 1 FROM case_word w WHERE w.case_id = c.id)")) {
                while (cases.next()) {
                    for (String word : SearchWords.of(cases.getString(2))) {
                        insert.setLong(1, cases.getLong(1));
                        insert.setString(2, word);
                        insert.setLong(3, cases.getLong(3));
                        insert.setBoolean(4, cases.getBoolean(4));
                        insert.setTimestamp(5, cases.getTimestamp(5));
                        insert.addBatch();
                        if (++pending % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
            }
            insert.executeBatch();
        }
    }
}

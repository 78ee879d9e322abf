package com.serviceportal.knowledge;

import com.serviceportal.security.Internal;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens a row of counts, each in a transaction of its own, so that the counting transaction only
 * ever updates a row that exists: an article's month ({@code knowledge_article_month}) and a
 * category's articles of one language and readers ({@code knowledge_category}). Two transactions
 * opening the same row at once meet on the primary key: one row is inserted, the other insert is
 * refused and both counts then land on that row. Plain JDBC, so the refused insert does not mark the
 * caller's transaction for rollback as a failed JPA statement would.
 */
@Stateless
@Internal
public class CountRows {

    private static final Logger LOG = Logger.getLogger(CountRows.class.getName());

    @Resource(lookup = "jdbc/portal")
    private DataSource database;

    /** Makes sure the article has a row for the month, with every count at zero when it is new. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openMonth(long articleId, String month) {
        insertOnce(
                "INSERT INTO knowledge_article_month"
                        + " (article_id, counted_month, views, helped_yes, helped_no, cases_avoided, cases_raised)"
                        + " SELECT id, ?, 0, 0, 0, 0, 0 FROM knowledge_article WHERE id = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM knowledge_article_month WHERE article_id = ? AND counted_month = ?)",
                "the month " + month + " of article " + articleId,
                month,
                articleId,
                articleId,
                month);
    }

    /** Makes sure the category has a row for the language and readers, at zero articles when it is new. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openCategory(String category, String language, String readers, boolean paired) {
        try (Connection connection = database.getConnection();
                PreparedStatement found = connection.prepareStatement(
                        "SELECT 1 FROM knowledge_category WHERE category = ? AND language = ? AND readers = ?"
                                + " AND paired = ?")) {
            found.setString(1, category);
            found.setString(2, language);
            found.setString(3, readers);
            found.setInt(4, paired ? 1 : 0);
            try (var row = found.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the category " + category, e);
        }
        insertOnce(
                "INSERT INTO knowledge_category (category, language, readers, paired, articles) VALUES (?, ?, ?, ?, 0)",
                "the category " + category,
                category,
                language,
                readers,
                paired ? 1 : 0);
    }

    private void insertOnce(String sql, String what, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            // Class 23 (integrity): another transaction inserted the row between our check and our insert.
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw new IllegalStateException("Could not open " + what, e);
            }
            LOG.fine(() -> "Another transaction opened " + what);
        }
    }
}

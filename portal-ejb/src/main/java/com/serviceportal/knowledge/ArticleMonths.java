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
 * Opens an article's row of counts for a month ({@code knowledge_article_month}) in a transaction of
 * its own, so that the reader's transaction only ever updates a row that exists. Two readers opening
 * the same month at once meet on the primary key: one row is inserted, the other insert is refused
 * and both counts then land on that row. Plain JDBC, so the refused insert does not mark the
 * reader's transaction for rollback as a failed JPA statement would.
 */
@Stateless
@Internal
public class ArticleMonths {

    private static final Logger LOG = Logger.getLogger(ArticleMonths.class.getName());

    @Resource(lookup = "jdbc/portal")
    private DataSource database;

    /** Makes sure the article has a row for the month, with every count at zero when it is new. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(long articleId, String month) {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO knowledge_article_month"
                        + " (article_id, counted_month, views, helped_yes, helped_no, cases_avoided, cases_raised)"
                        + " SELECT id, ?, 0, 0, 0, 0, 0 FROM knowledge_article WHERE id = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM knowledge_article_month WHERE article_id = ? AND counted_month = ?)")) {
            insert.setString(1, month);
            insert.setLong(2, articleId);
            insert.setLong(3, articleId);
            insert.setString(4, month);
            insert.executeUpdate();
        } catch (SQLException e) {
            // Class 23 (integrity): another reader inserted the row between our check and our insert.
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw new IllegalStateException("Could not open the month " + month + " of article " + articleId, e);
            }
            LOG.fine(() -> "Month " + month + " of article " + articleId + " was opened by another reader");
        }
    }
}

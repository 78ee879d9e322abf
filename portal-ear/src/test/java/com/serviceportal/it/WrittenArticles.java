package com.serviceportal.it;

import com.serviceportal.knowledge.ArticleIndex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Puts the knowledge base back after a test that wrote articles: removes them with every row that
 * hangs on them, and counts the categories again. A test that runs inside the server adds this
 * class (and {@link DemoData}) to its deployment.
 */
public final class WrittenArticles {

    private static final List<String> HANGING_ON_AN_ARTICLE = List.of(
            "knowledge_word",
            "knowledge_revision",
            "knowledge_article_month",
            "knowledge_article_customer",
            "knowledge_article_image");

    private WrittenArticles() {}

    public static void remove(Collection<Long> ids) {
        try (Connection connection = DemoData.database().getConnection()) {
            for (long id : ids) {
                for (String table : HANGING_ON_AN_ARTICLE) {
                    delete(connection, "DELETE FROM " + table + " WHERE article_id = ?", id);
                }
                delete(connection, "DELETE FROM knowledge_article WHERE id = ?", id);
            }
            ArticleIndex.recountCategories(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Connection connection, String statement, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(statement)) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }
}

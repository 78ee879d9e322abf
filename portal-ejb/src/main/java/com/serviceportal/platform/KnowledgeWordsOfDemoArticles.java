package com.serviceportal.platform;

import com.serviceportal.knowledge.ArticleIndex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Writes the word index ({@code knowledge_word}), the first revision, the total of views and the
 * category counts of the demo articles, which the demo script writes in SQL (demo version 15): turning text into terms is
 * Java (Lucene's analyzers, {@link ArticleIndex}), hence a Java migration. The demo articles' ids
 * lie below the start of the revisions' sequence, so each first revision takes its article's id.
 */
final class KnowledgeWordsOfDemoArticles extends DataMigration {

    KnowledgeWordsOfDemoArticles(String version) {
        super(version, "knowledge words of demo articles");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement revision = connection.prepareStatement("INSERT INTO knowledge_revision (id,"
                + " article_id, revision, title, problem, solution, category, keywords, applies_to, language,"
                + " visibility, state, edited_by, edited_at) SELECT id, id, 1, title, problem, solution,"
                + " category, keywords, applies_to, language, visibility, state, author, updated_at"
                + " FROM knowledge_article WHERE id = ?")) {
            for (long id : ArticleIndex.indexArticlesWithoutWords(connection)) {
                revision.setLong(1, id);
                revision.addBatch();
            }
            revision.executeBatch();
        }
        try (Statement views = connection.createStatement()) {
            views.executeUpdate("UPDATE knowledge_article SET view_count = (SELECT COALESCE(SUM(m.views), 0)"
                    + " FROM knowledge_article_month m WHERE m.article_id = knowledge_article.id)");
        }
        ArticleIndex.recountCategories(connection);
    }
}

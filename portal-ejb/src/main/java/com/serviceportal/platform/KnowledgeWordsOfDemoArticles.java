package com.serviceportal.platform;

import com.serviceportal.knowledge.ArticleIndex;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Writes the word index ({@code knowledge_word}) and the first revision of the demo articles, which
 * the demo script writes in SQL (demo version 15): turning text into terms is Java (Lucene's
 * analyzers, {@link ArticleIndex}), hence a Java migration.
 * The demo articles' ids lie below the start of the revisions' sequence, so each first revision
 * takes its article's id.
 */
final class KnowledgeWordsOfDemoArticles extends DataMigration {

    KnowledgeWordsOfDemoArticles(String version) {
        super(version, "knowledge words of demo articles");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement query = connection.createStatement();
                PreparedStatement word = connection.prepareStatement(
                        "INSERT INTO knowledge_word (article_id, field, term, term_count) VALUES (?, ?, ?, ?)");
                PreparedStatement revision = connection.prepareStatement("INSERT INTO knowledge_revision (id,"
                        + " article_id, revision, title, problem, solution, category, keywords, applies_to, language,"
                        + " visibility, state, edited_by, edited_at) SELECT id, id, 1, title, problem, solution,"
                        + " category, keywords, applies_to, language, visibility, state, author, updated_at"
                        + " FROM knowledge_article WHERE id = ?");
                ResultSet articles = query.executeQuery("SELECT a.id, a.language, a.title, a.keywords, a.problem,"
                        + " a.solution, a.applies_to FROM knowledge_article a"
                        + " WHERE NOT EXISTS (SELECT 1 FROM knowledge_word w WHERE w.article_id = a.id)")) {
            while (articles.next()) {
                long id = articles.getLong(1);
                for (ArticleIndex.Row row : ArticleIndex.rows(
                        articles.getString(2),
                        articles.getString(3),
                        articles.getString(4),
                        articles.getString(5),
                        articles.getString(6),
                        articles.getString(7))) {
                    word.setLong(1, id);
                    word.setString(2, row.field());
                    word.setString(3, row.term());
                    word.setInt(4, row.count());
                    word.addBatch();
                }
                revision.setLong(1, id);
                revision.addBatch();
            }
            word.executeBatch();
            revision.executeBatch();
        }
    }
}

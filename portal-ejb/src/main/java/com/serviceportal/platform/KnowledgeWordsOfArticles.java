package com.serviceportal.platform;

import com.serviceportal.knowledge.ArticleIndex;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;

/**
 * Writes the word index of every article again after V45 gave its rows a new shape (decision
 * 0049): turning text into terms is Java (Lucene's analyzers, {@link ArticleIndex}), hence a Java
 * migration.
 */
final class KnowledgeWordsOfArticles extends DataMigration {

    KnowledgeWordsOfArticles(String version) {
        super(version, "knowledge words of articles");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        ArticleIndex.indexArticlesWithoutWords(context.getConnection());
    }
}

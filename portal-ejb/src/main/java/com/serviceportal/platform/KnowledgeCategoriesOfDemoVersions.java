package com.serviceportal.platform;

import com.serviceportal.knowledge.ArticleIndex;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;

/**
 * Counts the knowledge base's categories again once the demo's English and Swedish articles are
 * linked as language versions (demo version 20): a pair published for the same readers counts once
 * per reader, which the counts written before did not know.
 */
final class KnowledgeCategoriesOfDemoVersions extends DataMigration {

    KnowledgeCategoriesOfDemoVersions(String version) {
        super(version, "knowledge categories of demo language versions");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        ArticleIndex.recountCategories(context.getConnection());
    }
}

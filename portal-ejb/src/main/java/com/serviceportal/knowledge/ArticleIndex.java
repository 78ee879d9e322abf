package com.serviceportal.knowledge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of {@code knowledge_word} for one article: each term of its title, keywords, problem,
 * solution and what it applies to, once, with its weight (3 when it is in the title or keywords,
 * 1 when only in the text) and how often it occurs. Each row also carries the article's language
 * and who may read it, so a search ranks and narrows without reading the articles (decision 0049).
 * Written by the service on every save and move, and by the migrations that index articles written
 * in SQL.
 */
public final class ArticleIndex {

    static final int TITLE_WEIGHT = 3;
    static final int BODY_WEIGHT = 1;
    /** The readers of an article that is not published: the desk alone. */
    static final String UNPUBLISHED = "UNPUBLISHED";

    private static final String INSERT = "INSERT INTO knowledge_word (article_id, term, language, readers, weight,"
            + " term_count) VALUES (?, ?, ?, ?, ?, ?)";

    private ArticleIndex() {}

    /**
     * A row of the index.
     *
     * @param term the analyzed word
     * @param weight 3 for a word of the title or keywords, 1 for one only in the text
     * @param count how often it occurs in the whole article
     */
    public record Row(String term, int weight, int count) {}

    /** The rows for an article with these texts; the problem and solution are HTML. */
    public static List<Row> rows(
            String language, String title, String keywords, String problem, String solution, String appliesTo) {
        Map<String, Integer> titled = ArticleWords.counted(language, join(title, keywords));
        Map<String, Integer> counts = new LinkedHashMap<>(titled);
        ArticleWords.counted(language, join(ArticleHtml.text(problem), ArticleHtml.text(solution), appliesTo))
                .forEach((term, count) -> counts.merge(term, count, Integer::sum));
        List<Row> rows = new ArrayList<>();
        counts.forEach(
                (term, count) -> rows.add(new Row(term, titled.containsKey(term) ? TITLE_WEIGHT : BODY_WEIGHT, count)));
        return rows;
    }

    /** Who may read an article in this state and visibility, as the index keeps it. */
    public static String readers(String state, String visibility) {
        return ArticleState.PUBLISHED.name().equals(state) ? visibility : UNPUBLISHED;
    }

    /**
     * Writes the rows of every article that has none, in JDBC batches: for the migrations that
     * index articles a script wrote, or rebuild the index. Answers the ids of the articles indexed.
     */
    public static List<Long> indexArticlesWithoutWords(Connection connection) throws SQLException {
        List<Long> indexed = new ArrayList<>();
        try (Statement query = connection.createStatement();
                PreparedStatement word = connection.prepareStatement(INSERT);
                ResultSet articles = query.executeQuery("SELECT a.id, a.language, a.title, a.keywords, a.problem,"
                        + " a.solution, a.applies_to, a.state, a.visibility FROM knowledge_article a"
                        + " WHERE NOT EXISTS (SELECT 1 FROM knowledge_word w WHERE w.article_id = a.id)")) {
            int pending = 0;
            while (articles.next()) {
                long id = articles.getLong(1);
                String language = articles.getString(2);
                String readers = readers(articles.getString(8), articles.getString(9));
                for (Row row : rows(
                        language.toLowerCase(Locale.ROOT),
                        articles.getString(3),
                        articles.getString(4),
                        articles.getString(5),
                        articles.getString(6),
                        articles.getString(7))) {
                    word.setLong(1, id);
                    word.setString(2, row.term());
                    word.setString(3, language);
                    word.setString(4, readers);
                    word.setInt(5, row.weight());
                    word.setInt(6, row.count());
                    word.addBatch();
                    if (++pending % 1_000 == 0) {
                        word.executeBatch();
                    }
                }
                indexed.add(id);
            }
            word.executeBatch();
        }
        return indexed;
    }

    /**
     * Counts every category's articles again, per language, readers and whether the article's other
     * version is published for the same readers (decision 0052): for the migrations and loads that
     * write articles in SQL. The service keeps the counts on each save.
     */
    public static void recountCategories(Connection connection) throws SQLException {
        String readers = "CASE WHEN a.state = 'PUBLISHED' THEN a.visibility ELSE '" + UNPUBLISHED + "' END";
        String twin = " AND b.state = 'PUBLISHED' AND b.visibility = a.visibility)";
        // two EXISTS, each by an index: an OR inside one would read every article for each article
        String paired = "CASE WHEN a.state = 'PUBLISHED' AND (EXISTS (SELECT 1 FROM knowledge_article b"
                + " WHERE b.id = a.group_id" + twin + " OR EXISTS (SELECT 1 FROM knowledge_article b"
                + " WHERE b.group_id = COALESCE(a.group_id, a.id) AND b.id <> a.id" + twin
                + ") THEN 1 ELSE 0 END";
        try (Statement recount = connection.createStatement()) {
            recount.executeUpdate("DELETE FROM knowledge_category");
            recount.executeUpdate("INSERT INTO knowledge_category (category, language, readers, paired, articles)"
                    + " SELECT category, language, readers, paired, COUNT(*) FROM (SELECT a.category, a.language, "
                    + readers + " AS readers, " + paired + " AS paired FROM knowledge_article a) counted"
                    + " GROUP BY category, language, readers, paired");
        }
    }

    private static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(part).append('\n');
            }
        }
        return text.toString();
    }
}

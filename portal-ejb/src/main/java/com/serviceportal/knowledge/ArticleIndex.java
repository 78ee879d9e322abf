package com.serviceportal.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code knowledge_word} for one article: the terms of its title and keywords (field
 * {@code T}, which weighs more in a search) and of its problem, solution and what it applies to
 * (field {@code B}), each with how often it occurs. Written by the service on every save and by the
 * migration that indexes articles written in SQL (the demo data).
 */
public final class ArticleIndex {

    static final String TITLE = "T";
    static final String BODY = "B";

    private ArticleIndex() {}

    /**
     * A row of the index.
     *
     * @param field {@code T} or {@code B}
     * @param term the analyzed word
     * @param count how often it occurs in the field
     */
    public record Row(String field, String term, int count) {}

    /** The rows for an article with these texts; the problem and solution are HTML. */
    public static List<Row> rows(
            String language, String title, String keywords, String problem, String solution, String appliesTo) {
        List<Row> rows = new ArrayList<>();
        add(rows, TITLE, ArticleWords.counted(language, join(title, keywords)));
        add(
                rows,
                BODY,
                ArticleWords.counted(language, join(ArticleHtml.text(problem), ArticleHtml.text(solution), appliesTo)));
        return rows;
    }

    private static void add(List<Row> rows, String field, Map<String, Integer> counts) {
        counts.forEach((term, count) -> rows.add(new Row(field, term, count)));
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

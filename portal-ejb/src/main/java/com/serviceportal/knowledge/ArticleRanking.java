package com.serviceportal.knowledge;

import com.serviceportal.platform.IdList;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base's reads whose cost must not grow with the number of articles (decision 0049):
 * ranked search, most viewed and the categories. Each reads the first rows of an index for one
 * word (or one kind of article) and one kind of reader, so the work is bounded by the rows asked
 * for, not by the articles held. Who may read what is given as {@link Readers}, which the service
 * builds from the caller's scope: an empty scope reads nothing.
 */
final class ArticleRanking {

    /** The most rows a search reads per word, language and kind of reader. */
    static final int ROWS_PER_WORD = 200;

    private final EntityManager em;

    ArticleRanking(EntityManager em) {
        this.em = em;
    }

    /**
     * What a caller reads: the readers' kinds it reads whole ({@code knowledge_word.readers}: a
     * visibility, or UNPUBLISHED for the desk), and the customers whose chosen articles it reads
     * besides.
     */
    record Readers(List<String> whole, Set<Long> chosenFor) {

        /** Staff read every published article, and the desk ({@code desk}) every article. */
        static Readers staff(boolean desk) {
            List<String> whole = new ArrayList<>(List.of(
                    Visibility.EVERY_CUSTOMER.name(),
                    Visibility.CHOSEN_COMPANIES.name(),
                    Visibility.STAFF_ONLY.name()));
            if (desk) {
                whole.add(ArticleIndex.UNPUBLISHED);
            }
            return new Readers(whole, Set.of());
        }

        /**
         * A contact reads the articles for every customer and those chosen for the customers it
         * sees or their companies ({@code chosenFor}); with none of those, nothing at all.
         */
        static Readers contact(Set<Long> chosenFor) {
            return chosenFor.isEmpty()
                    ? new Readers(List.of(), Set.of())
                    : new Readers(List.of(Visibility.EVERY_CUSTOMER.name()), Set.copyOf(chosenFor));
        }

        /** Whether these readers may read the article: published for them, or chosen for one of their customers. */
        boolean mayRead(Article article) {
            String kind = ArticleIndex.readers(
                    article.getState().name(), article.getVisibility().name());
            return whole.contains(kind)
                    || kind.equals(Visibility.CHOSEN_COMPANIES.name())
                            && article.getCompanies().stream().anyMatch(company -> chosenFor.contains(company.getId()));
        }
    }

    /**
     * The ids of the articles matching any of the terms, best first: a term counts 3 in the title
     * or keywords and 1 in the text, so more matching words and title matches rank higher; among
     * equals, the reader's language, then more occurrences, then the newest article. Articles that
     * score less than {@code leastScore} are left out.
     */
    List<Long> ranked(
            Readers readers,
            Map<ArticleLanguage, Set<String>> terms,
            ArticleLanguage readerLanguage,
            String category,
            int most,
            int rowsPerWord,
            int leastScore) {
        Map<Long, Score> scores = new HashMap<>();
        for (Map.Entry<ArticleLanguage, Set<String>> language : terms.entrySet()) {
            boolean other = language.getKey() != readerLanguage;
            for (String term : language.getValue()) {
                for (String kind : readers.whole()) {
                    add(scores, other, strongest(term, language.getKey(), kind, Set.of(), category, rowsPerWord));
                }
                if (!readers.chosenFor().isEmpty()) {
                    add(
                            scores,
                            other,
                            strongest(
                                    term,
                                    language.getKey(),
                                    Visibility.CHOSEN_COMPANIES.name(),
                                    readers.chosenFor(),
                                    category,
                                    rowsPerWord));
                }
            }
        }
        return scores.values().stream()
                .filter(score -> score.weight() >= leastScore)
                .sorted(Comparator.comparingInt(Score::weight)
                        .reversed()
                        .thenComparing(Score::otherLanguage)
                        .thenComparing(Comparator.comparingInt(Score::hits).reversed())
                        .thenComparing(Comparator.comparingLong(Score::id).reversed()))
                .limit(most)
                .map(Score::id)
                .toList();
    }

    /**
     * The most viewed published articles the readers may read (of one category, if given), the
     * reader's language first; among equals the newest.
     */
    List<Long> mostViewed(Readers readers, ArticleLanguage readerLanguage, String category, int most) {
        List<Viewed> found = new ArrayList<>();
        for (ArticleLanguage language : ArticleLanguage.values()) {
            boolean other = language != readerLanguage;
            for (String kind : readers.whole()) {
                if (!kind.equals(ArticleIndex.UNPUBLISHED)) {
                    found.addAll(viewed(kind, language, Set.of(), category, other, most));
                }
            }
            if (!readers.chosenFor().isEmpty()) {
                found.addAll(viewed(
                        Visibility.CHOSEN_COMPANIES.name(), language, readers.chosenFor(), category, other, most));
            }
        }
        return found.stream()
                .sorted(Comparator.comparing(Viewed::otherLanguage)
                        .thenComparing(Comparator.comparingInt(Viewed::views).reversed())
                        .thenComparing(Comparator.comparingLong(Viewed::id).reversed()))
                .limit(most)
                .map(Viewed::id)
                .toList();
    }

    /**
     * The ids in their order, each article once (decision 0052): the first id found of an article's
     * language versions takes the article's place, and gives it to the version in the reader's
     * language when the readers may read that; in a list of one category ({@code category} not
     * null) an article whose reader's version stands in another category is listed there instead.
     * At most {@code most}; reads the found articles and their versions in the reader's language,
     * two queries of at most as many rows as ids.
     */
    List<Long> oncePerArticle(
            Readers readers, List<Long> ranked, ArticleLanguage readerLanguage, String category, int most) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> found = new HashMap<>();
        for (Article article : em.createQuery("SELECT a FROM Article a WHERE a.id IN :ids", Article.class)
                .setParameter("ids", ranked)
                .getResultList()) {
            found.put(article.getId(), article);
        }
        Set<Long> groups = new HashSet<>();
        found.values().forEach(article -> groups.add(article.group()));
        Map<Long, Article> mine = new HashMap<>();
        for (Article version : versions(em, groups, readerLanguage)) {
            mine.put(version.group(), version);
        }
        Set<Long> placed = new HashSet<>();
        List<Long> shown = new ArrayList<>();
        for (long id : ranked) {
            Article article = found.get(id);
            if (article == null || !placed.add(article.group())) {
                continue;
            }
            Article own = mine.get(article.group());
            if (own != null && readers.mayRead(own)) {
                if (category != null
                        && !category.isBlank()
                        && !own.getCategory().equals(category.strip())) {
                    continue;
                }
                shown.add(own.getId());
            } else {
                shown.add(id);
            }
            if (shown.size() == most) {
                break;
            }
        }
        return shown;
    }

    /**
     * Every version of these groups (in one language, if given): the first versions by their ids
     * and the later ones by their group, two lookups by an index each.
     */
    static List<Article> versions(EntityManager em, Set<Long> groups, ArticleLanguage language) {
        List<Article> versions = new ArrayList<>();
        for (String column : List.of("id", "groupId")) {
            versions.addAll(em
                    .createQuery("SELECT a FROM Article a WHERE a." + column + " IN :groups", Article.class)
                    .setParameter("groups", groups)
                    .getResultList()
                    .stream()
                    .filter(a -> language == null || a.getLanguage() == language)
                    .toList());
        }
        return versions;
    }

    /**
     * The categories the readers may read, with how many articles each holds; the reader's language
     * first. An article published in both languages for the same readers counts once, in the
     * reader's language (decision 0052).
     */
    List<CategoryCount> categories(Readers readers, ArticleLanguage readerLanguage) {
        Map<String, long[]> counts = new HashMap<>();
        if (!readers.whole().isEmpty()) {
            List<Object> parameters = new ArrayList<>();
            StringBuilder sql =
                    new StringBuilder("SELECT category, language, articles FROM knowledge_category WHERE articles > 0"
                            + " AND (paired = 0 OR language = ?) AND readers IN (");
            parameters.add(readerLanguage.name());
            for (String kind : readers.whole()) {
                if (!kind.equals(ArticleIndex.UNPUBLISHED)) {
                    sql.append(parameters.size() == 1 ? "?" : ", ?");
                    parameters.add(kind);
                }
            }
            sql.append(")");
            collect(
                    counts,
                    readerLanguage,
                    bind(em.createNativeQuery(sql.toString()), parameters).getResultList());
        }
        return chosenCategories(readers, readerLanguage, counts);
    }

    /**
     * Adds the articles chosen for the readers' customers to the counts, each once: a version in the
     * other language is left out when the version in the reader's language is chosen for them too.
     */
    private List<CategoryCount> chosenCategories(
            Readers readers, ArticleLanguage readerLanguage, Map<String, long[]> counts) {
        if (!readers.chosenFor().isEmpty()) {
            List<Object> parameters = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT a.category, a.language, COUNT(*) FROM knowledge_article a"
                    + " WHERE a.state = 'PUBLISHED' AND a.visibility = 'CHOSEN_COMPANIES' AND a.id IN"
                    + " (SELECT ac.article_id FROM knowledge_article_customer ac WHERE ");
            sql.append(IdList.sql("ac.customer_id", readers.chosenFor(), parameters))
                    .append(") AND (a.language = ?");
            parameters.add(readerLanguage.name());
            // the other version is the first one (by its id) or a later one (by its group): one
            // NOT EXISTS for each, as each reads an index where an OR of the two would read every article
            for (String otherVersion :
                    List.of("b.id = a.group_id", "b.group_id = COALESCE(a.group_id, a.id) AND b.id <> a.id")) {
                sql.append(otherVersion.startsWith("b.id") ? " OR NOT EXISTS" : " AND NOT EXISTS")
                        .append(" (SELECT 1 FROM knowledge_article b WHERE ")
                        .append(otherVersion)
                        .append(" AND b.state = 'PUBLISHED' AND b.visibility = 'CHOSEN_COMPANIES' AND b.id IN")
                        .append(" (SELECT bc.article_id FROM knowledge_article_customer bc WHERE ")
                        .append(IdList.sql("bc.customer_id", readers.chosenFor(), parameters))
                        .append("))");
            }
            sql.append(") GROUP BY a.category, a.language");
            collect(
                    counts,
                    readerLanguage,
                    bind(em.createNativeQuery(sql.toString()), parameters).getResultList());
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, long[]> e) -> e.getValue()[1] > 0 ? 0 : 1)
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new CategoryCount(e.getKey(), e.getValue()[0]))
                .toList();
    }

    /** Category → {articles, of them in the reader's language}. */
    private static void collect(Map<String, long[]> counts, ArticleLanguage readerLanguage, List<?> rows) {
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            long articles = ((Number) row[2]).longValue();
            long[] count = counts.computeIfAbsent((String) row[0], k -> new long[2]);
            count[0] += articles;
            if (readerLanguage.name().equals(row[1])) {
                count[1] += articles;
            }
        }
    }

    /**
     * The strongest rows of one term for one language and kind of reader: the index's own order,
     * so the database stops after the rows asked for. The constant columns lead the ORDER BY, so
     * that it is the index's order in full.
     */
    private List<?> strongest(
            String term, ArticleLanguage language, String kind, Set<Long> chosenFor, String category, int rows) {
        List<Object> parameters = new ArrayList<>(List.of(term, language.name(), kind));
        StringBuilder sql = new StringBuilder("SELECT w.article_id, w.weight, w.term_count FROM knowledge_word w"
                + " WHERE w.term = ? AND w.language = ? AND w.readers = ?");
        if (!chosenFor.isEmpty()) {
            sql.append(" AND w.article_id IN (SELECT ac.article_id FROM knowledge_article_customer ac WHERE ")
                    .append(IdList.sql("ac.customer_id", chosenFor, parameters))
                    .append(")");
        }
        if (category != null && !category.isBlank()) {
            sql.append(" AND w.article_id IN (SELECT a.id FROM knowledge_article a WHERE a.category = ?)");
            parameters.add(category.strip());
        }
        sql.append(" ORDER BY w.term, w.language, w.readers, w.weight DESC, w.term_count DESC, w.article_id DESC");
        return bind(em.createNativeQuery(sql.toString()), parameters)
                .setMaxResults(rows)
                .getResultList();
    }

    private List<Viewed> viewed(
            String visibility,
            ArticleLanguage language,
            Set<Long> chosenFor,
            String category,
            boolean otherLanguage,
            int most) {
        boolean inCategory = category != null && !category.isBlank();
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT a.id, a.view_count FROM knowledge_article a WHERE ");
        if (inCategory) {
            sql.append("a.category = ? AND ");
            parameters.add(category.strip());
        }
        sql.append("a.state = 'PUBLISHED' AND a.visibility = ? AND a.language = ?");
        parameters.add(visibility);
        parameters.add(language.name());
        if (!chosenFor.isEmpty()) {
            sql.append(" AND a.id IN (SELECT ac.article_id FROM knowledge_article_customer ac WHERE ")
                    .append(IdList.sql("ac.customer_id", chosenFor, parameters))
                    .append(")");
        }
        sql.append(" ORDER BY ")
                .append(inCategory ? "a.category, " : "")
                .append("a.state, a.visibility, a.language, a.view_count DESC, a.id DESC");
        List<Viewed> found = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql.toString()), parameters)
                .setMaxResults(most)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            found.add(new Viewed(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue(), otherLanguage));
        }
        return found;
    }

    private static void add(Map<Long, Score> scores, boolean otherLanguage, List<?> rows) {
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            long id = ((Number) row[0]).longValue();
            scores.merge(
                    id,
                    new Score(id, ((Number) row[1]).intValue(), ((Number) row[2]).intValue(), otherLanguage),
                    Score::plus);
        }
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** An article's rank so far: the weights and occurrences of its matching words. */
    private record Score(long id, int weight, int hits, boolean otherLanguage) {

        Score plus(Score more) {
            return new Score(id, weight + more.weight, hits + more.hits, otherLanguage);
        }
    }

    private record Viewed(long id, int views, boolean otherLanguage) {}
}

package com.serviceportal.knowledge;

import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.FileDownload;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.ScopeCondition;
import com.serviceportal.security.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The knowledge base. The desk writes, publishes and archives articles; readers search and open the
 * published articles they may see. Every save is sanitized, indexed and kept as a revision. What a
 * reader may see goes through the caller's scope ({@link ScopeCondition}): a contact sees published
 * articles for every customer and those chosen for a company it sees (or the company of a site it
 * sees), never staff-only ones; a contact that sees no customer sees no article at all.
 */
@Stateless
@Allowed(Audience.STAFF)
public class KnowledgeService {

    /** The most results a search returns. */
    public static final int MOST_RESULTS = 50;

    private static final int TITLE_WEIGHT = 3;
    private static final int BODY_WEIGHT = 1;
    private static final int DESK_LIST_MAX = 500;
    private static final Pattern ACCOUNT_SEPARATORS = Pattern.compile("[,;\\s]+");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    // ---- the desk

    /** The desk's list: every article, narrowed by the filter's words, state, language and category. */
    public List<ArticleRow> deskArticles(@NotNull ArticleFilter filter) {
        AccessScope scope = caller.scope();
        List<Long> ranked = null;
        if (filter.getText() != null && !filter.getText().isBlank()) {
            ranked = rankedIds(scope, filter.getText(), null, false, DESK_LIST_MAX);
            if (ranked.isEmpty()) {
                return List.of();
            }
        }
        StringBuilder jpql = new StringBuilder("SELECT a FROM Article a WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (ranked != null) {
            jpql.append(" AND a.id IN :ids");
            parameters.put("ids", ranked);
        }
        if (filter.getState() != null) {
            jpql.append(" AND a.state = :state");
            parameters.put("state", filter.getState());
        }
        if (filter.getLanguage() != null) {
            jpql.append(" AND a.language = :language");
            parameters.put("language", filter.getLanguage());
        }
        if (filter.getCategory() != null && !filter.getCategory().isBlank()) {
            jpql.append(" AND a.category = :category");
            parameters.put("category", filter.getCategory().strip());
        }
        jpql.append(" ORDER BY a.updatedAt DESC, a.id DESC");
        TypedQuery<Article> query =
                em.createQuery(jpql.toString(), Article.class).setMaxResults(DESK_LIST_MAX);
        parameters.forEach(query::setParameter);
        List<ArticleRow> rows = query.getResultStream().map(ArticleRow::of).toList();
        if (ranked == null) {
            return rows;
        }
        List<Long> order = ranked;
        return rows.stream()
                .sorted((a, b) -> Integer.compare(order.indexOf(a.id()), order.indexOf(b.id())))
                .toList();
    }

    /** The categories in use, for the desk's filter and form. */
    public List<String> deskCategories() {
        return em.createQuery("SELECT DISTINCT a.category FROM Article a ORDER BY a.category", String.class)
                .getResultList();
    }

    /** An article as its form edits it. */
    public ArticleForm articleForm(long id) {
        return ArticleForm.of(find(id));
    }

    /** Saves a new article (a draft) or an edit, refused when the article changed since the form read it. */
    public long saveArticle(@NotNull @Valid ArticleForm form) {
        String author = editorName();
        Instant now = Instant.now();
        Set<Customer> chosen =
                form.getVisibility() == Visibility.CHOSEN_COMPANIES ? companies(form.getCompanies()) : Set.of();
        Article article;
        if (form.getId() == null) {
            article = new Article(author);
            article.apply(form, chosen, now);
            em.persist(article);
        } else {
            article = changeable(form.getId(), form.getVersion());
            article.apply(form, chosen, now);
        }
        return stored(article, author, now);
    }

    /** Shows the article to the readers it is visible to. */
    public void publish(long id, long version) {
        move(id, version, ArticleState.PUBLISHED);
    }

    /** Takes the article away from readers; it stays in the desk's list. */
    public void archive(long id, long version) {
        move(id, version, ArticleState.ARCHIVED);
    }

    /** The article as a customer would read it, whatever its state, without counting a view. */
    public ArticlePage preview(long id) {
        return ArticlePage.of(find(id));
    }

    /**
     * An image of an article, for a reader who may read that article (a published one shown to the
     * reader); staff get any article's image, for the editor and the preview. "Not found" otherwise.
     */
    @Allowed(Audience.SIGNED_IN)
    public FileDownload image(long imageId) {
        AccessScope scope = caller.scope();
        ArticleImage image = em.find(ArticleImage.class, imageId);
        if (image == null) {
            throw new NotFoundException();
        }
        if (!scope.isStaff()) {
            readable(scope, image.getArticleId());
        }
        return new FileDownload("image-" + imageId, image.getContentType(), image.content());
    }

    /** Every saved state of the article, newest first. */
    public List<RevisionRow> revisions(long id) {
        find(id);
        return em.createQuery(
                        "SELECT r FROM ArticleRevision r WHERE r.article.id = :id ORDER BY r.revision DESC",
                        ArticleRevision.class)
                .setParameter("id", id)
                .getResultStream()
                .map(RevisionRow::of)
                .toList();
    }

    /** The article's views and answers per month, newest first. */
    public List<ArticleMonth> figures(long id) {
        find(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT counted_month, views, helped_yes, helped_no"
                        + " FROM knowledge_article_month WHERE article_id = ? ORDER BY counted_month DESC")
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .map(row -> new ArticleMonth((String) row[0], number(row[1]), number(row[2]), number(row[3])))
                .toList();
    }

    // ---- readers

    /**
     * The published articles the caller may see that match any of the words, best first: each
     * matching word counts three times in the title or keywords and once in the text, so more
     * matching words and title matches rank higher; among equals, the caller's language first.
     * Blank words list the articles (of the category, if one is given) in the caller's language
     * first, most viewed first.
     */
    @Allowed(Audience.SIGNED_IN)
    public List<ArticleHit> search(String words, String category) {
        AccessScope scope = caller.scope();
        boolean blank = words == null || words.isBlank();
        List<Long> ids = blank
                ? mostViewedIds(scope, category, MOST_RESULTS)
                : rankedIds(scope, words, category, true, MOST_RESULTS);
        Map<ArticleLanguage, Set<String>> terms = blank ? Map.of() : queryTerms(words);
        List<ArticleHit> hits = new ArrayList<>();
        for (long id : ids) {
            Article article = em.find(Article.class, id);
            if (article == null) {
                continue;
            }
            Set<String> mine = terms.getOrDefault(article.getLanguage(), Set.of());
            String text = ArticleHtml.text(article.getProblem()) + " " + ArticleHtml.text(article.getSolution());
            hits.add(new ArticleHit(
                    article.getId(),
                    article.getTitle(),
                    article.getCategory(),
                    article.getLanguage(),
                    Snippet.of(article.getLanguage(), text.strip(), mine),
                    Snippet.whole(article.getLanguage(), article.getTitle(), mine)));
        }
        return hits;
    }

    /** The most viewed articles the caller may see, in the caller's language first. */
    @Allowed(Audience.SIGNED_IN)
    public List<ArticleRow> mostViewed(int most) {
        AccessScope scope = caller.scope();
        List<Long> ids = mostViewedIds(scope, null, Math.max(1, Math.min(most, MOST_RESULTS)));
        List<ArticleRow> rows = new ArrayList<>();
        for (long id : ids) {
            Article article = em.find(Article.class, id);
            if (article != null) {
                rows.add(ArticleRow.of(article));
            }
        }
        return rows;
    }

    /** The categories of the articles the caller may see, with how many each holds; the caller's language first. */
    @Allowed(Audience.SIGNED_IN)
    public List<CategoryCount> categories() {
        AccessScope scope = caller.scope();
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT a.category, COUNT(*), MIN(CASE WHEN a.language = ? THEN 0 ELSE 1 END) AS other_language"
                + " FROM knowledge_article a WHERE " + readable(scope, parameters)
                + " GROUP BY a.category ORDER BY other_language, a.category";
        parameters.add(0, readerLanguage().name());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), parameters).getResultList();
        return rows.stream()
                .map(row -> new CategoryCount((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    /** A published article the caller may see, counting the view; "not found" for any other. */
    @Allowed(Audience.SIGNED_IN)
    public ArticlePage read(long id) {
        AccessScope scope = caller.scope();
        Article article = readable(scope, id);
        count(id, "views");
        return ArticlePage.of(article);
    }

    /** The title of a published article the caller may see, for a new case about it; no view is counted. */
    @Allowed(Audience.SIGNED_IN)
    public String articleTitle(long id) {
        AccessScope scope = caller.scope();
        return readable(scope, id).getTitle();
    }

    /** Counts a reader's answer to "Did this help?" for the article and month. */
    @Allowed(Audience.SIGNED_IN)
    public void answer(long id, boolean helped) {
        AccessScope scope = caller.scope();
        readable(scope, id);
        count(id, helped ? "helped_yes" : "helped_no");
    }

    // ---- the rules

    private Article readable(AccessScope scope, long id) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(id);
        String sql = "SELECT COUNT(*) FROM knowledge_article a WHERE a.id = ? AND " + readable(scope, parameters);
        long found = ((Number) bind(em.createNativeQuery(sql), parameters).getSingleResult()).longValue();
        Article article = found == 0 ? null : em.find(Article.class, id);
        if (article == null) {
            throw new NotFoundException();
        }
        return article;
    }

    /**
     * Native SQL over {@code knowledge_article a}: the published articles the caller may read. Staff
     * read every published one; a contact those for every customer and those chosen for a customer it
     * sees or for that customer's company, and nothing when it sees no customer.
     */
    private static String readable(AccessScope scope, List<Object> parameters) {
        String seen = ScopeCondition.customersSql(scope, "c.id", parameters);
        String published = "a.state = 'PUBLISHED'";
        if (scope.isStaff()) {
            return published;
        }
        return published + " AND EXISTS (SELECT 1 FROM customer c WHERE " + seen
                + " AND (a.visibility = 'EVERY_CUSTOMER' OR a.visibility = 'CHOSEN_COMPANIES' AND EXISTS ("
                + "SELECT 1 FROM knowledge_article_customer ac WHERE ac.article_id = a.id"
                + " AND (ac.customer_id = c.id OR ac.customer_id = c.parent_id))))";
    }

    /** The ids of the matching articles, best first; for the desk ({@code readersOnly} false) in any state. */
    private List<Long> rankedIds(AccessScope scope, String words, String category, boolean readersOnly, int most) {
        Map<ArticleLanguage, Set<String>> terms = queryTerms(words);
        List<Object> parameters = new ArrayList<>();
        StringBuilder matching = new StringBuilder();
        for (Map.Entry<ArticleLanguage, Set<String>> language : terms.entrySet()) {
            if (language.getValue().isEmpty()) {
                continue;
            }
            matching.append(matching.isEmpty() ? "" : " OR ")
                    .append("(a.language = ? AND w.term IN (")
                    .append("?, ".repeat(language.getValue().size() - 1))
                    .append("?))");
            parameters.add(language.getKey().name());
            parameters.addAll(language.getValue());
        }
        if (matching.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT m.article_id, SUM(m.weight) AS score, SUM(m.hits) AS hits,"
                        + " MAX(CASE WHEN a.language = ? THEN 0 ELSE 1 END) AS other_language"
                        + " FROM (SELECT w.article_id, w.term,"
                        + " MAX(CASE WHEN w.field = 'T' THEN " + TITLE_WEIGHT + " ELSE " + BODY_WEIGHT
                        + " END) AS weight,"
                        + " SUM(w.term_count) AS hits"
                        + " FROM knowledge_word w JOIN knowledge_article a ON a.id = w.article_id WHERE ")
                .append(matching)
                .append(" GROUP BY w.article_id, w.term) m JOIN knowledge_article a ON a.id = m.article_id WHERE ");
        parameters.add(0, readerLanguage().name());
        // the desk's list (staff only) finds articles in every state and visibility
        sql.append(readersOnly ? readable(scope, parameters) : "1 = 1");
        if (category != null && !category.isBlank()) {
            sql.append(" AND a.category = ?");
            parameters.add(category.strip());
        }
        sql.append(" GROUP BY m.article_id ORDER BY score DESC, other_language, hits DESC, m.article_id DESC");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql.toString()), parameters)
                .setMaxResults(most)
                .getResultList();
        return rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    private List<Long> mostViewedIds(AccessScope scope, String category, int most) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(readerLanguage().name());
        StringBuilder sql =
                new StringBuilder("SELECT a.id, CASE WHEN a.language = ? THEN 0 ELSE 1 END AS other_language,"
                        + " (SELECT COALESCE(SUM(v.views), 0) FROM knowledge_article_month v WHERE v.article_id = a.id) AS seen,"
                        + " a.title FROM knowledge_article a WHERE ");
        sql.append(readable(scope, parameters));
        if (category != null && !category.isBlank()) {
            sql.append(" AND a.category = ?");
            parameters.add(category.strip());
        }
        sql.append(" ORDER BY other_language, seen DESC, a.title, a.id");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql.toString()), parameters)
                .setMaxResults(most)
                .getResultList();
        return rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    /** The words typed, analyzed as each language's articles were. */
    private static Map<ArticleLanguage, Set<String>> queryTerms(String words) {
        Map<ArticleLanguage, Set<String>> terms = new LinkedHashMap<>();
        for (ArticleLanguage language : ArticleLanguage.values()) {
            terms.put(language, new HashSet<>(ArticleWords.terms(language.code(), words)));
        }
        return terms;
    }

    private ArticleLanguage readerLanguage() {
        Long contactId = caller.scope().contactId();
        if (contactId != null) {
            Contact contact = em.find(Contact.class, contactId);
            if (contact != null) {
                return ArticleLanguage.of(contact.getLanguage());
            }
        }
        return ArticleLanguage.of(caller.language().getLanguage());
    }

    private void move(long id, long version, ArticleState state) {
        Article article = changeable(id, version);
        Instant now = Instant.now();
        article.moveTo(state, now);
        stored(article, editorName(), now);
    }

    /** Writes the article, its revision and its words; a concurrent save makes this one fail. */
    private long stored(Article article, String editor, Instant now) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // another desk saved the article between our check of its version and our write
            throw new ArticleChangedException(article.getTitle());
        }
        Number last = em.createQuery(
                        "SELECT MAX(r.revision) FROM ArticleRevision r WHERE r.article.id = :id", Integer.class)
                .setParameter("id", article.getId())
                .getSingleResult();
        em.persist(new ArticleRevision(article, last == null ? 1 : last.intValue() + 1, editor, now));
        em.createNativeQuery("DELETE FROM knowledge_word WHERE article_id = ?")
                .setParameter(1, article.getId())
                .executeUpdate();
        for (ArticleIndex.Row row : ArticleIndex.rows(
                article.getLanguage().code(),
                article.getTitle(),
                article.getKeywords(),
                article.getProblem(),
                article.getSolution(),
                article.getAppliesTo())) {
            em.createNativeQuery("INSERT INTO knowledge_word (article_id, field, term, term_count) VALUES (?, ?, ?, ?)")
                    .setParameter(1, article.getId())
                    .setParameter(2, row.field())
                    .setParameter(3, row.term())
                    .setParameter(4, row.count())
                    .executeUpdate();
        }
        return article.getId();
    }

    private void count(long id, String column) {
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        int updated = em.createNativeQuery("UPDATE knowledge_article_month SET " + column + " = " + column
                        + " + 1 WHERE article_id = ? AND counted_month = ?")
                .setParameter(1, id)
                .setParameter(2, month)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO knowledge_article_month (article_id, counted_month, views, helped_yes,"
                            + " helped_no) VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, id)
                    .setParameter(2, month)
                    .setParameter(3, column.equals("views") ? 1 : 0)
                    .setParameter(4, column.equals("helped_yes") ? 1 : 0)
                    .setParameter(5, column.equals("helped_no") ? 1 : 0)
                    .executeUpdate();
        }
    }

    private Article changeable(long id, long version) {
        Article article = find(id);
        if (article.getVersion() != version) {
            throw new ArticleChangedException(article.getTitle());
        }
        return article;
    }

    private Article find(long id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw new NotFoundException();
        }
        return article;
    }

    private Set<Customer> companies(String accountNumbers) {
        Set<Customer> chosen = new HashSet<>();
        if (accountNumbers == null) {
            return chosen;
        }
        for (String account : ACCOUNT_SEPARATORS.split(accountNumbers.strip())) {
            if (account.isEmpty()) {
                continue;
            }
            chosen.add(em.createQuery("SELECT c FROM Customer c WHERE c.accountNumber = :account", Customer.class)
                    .setParameter("account", account)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new BusinessException("knowledge.unknownAccount", account)));
        }
        if (chosen.isEmpty()) {
            throw new BusinessException("knowledge.noCompanyChosen");
        }
        return chosen;
    }

    private String editorName() {
        UserAccount editor = em.find(UserAccount.class, caller.scope().accountId());
        return editor.getDisplayName();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }
}

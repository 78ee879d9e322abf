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
import com.serviceportal.security.Internal;
import com.serviceportal.security.ScopeCondition;
import com.serviceportal.security.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /** The most articles suggested beside a new case. */
    public static final int MOST_SUGGESTIONS = 5;

    /** A suggestion matches one typed word in its title or keywords, or two in its text: one word of the text is noise. */
    private static final int SUGGESTION_LEAST_SCORE = 2;

    private static final int DESK_LIST_MAX = 500;
    private static final Pattern ACCOUNT_SEPARATORS = Pattern.compile("[,;\\s]+");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CountRows countRows;

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
        List<ArticleRow> rows = withOtherVersions(query.getResultList());
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

    /**
     * A new draft in the other language for the article (decision 0052): its title, problem, solution,
     * category, keywords and readers copied for translating, linked to the article once saved.
     * Refused when the article has its other version already.
     */
    public ArticleForm versionForm(long id) {
        Article original = find(id);
        if (otherVersion(original).isPresent()) {
            throw new BusinessException("knowledge.versionExists");
        }
        return ArticleForm.versionOf(original);
    }

    /** The article's version in the other language, if it has one, in any state. */
    public Optional<ArticleRow> otherVersion(long id) {
        return otherVersion(find(id)).map(other -> ArticleRow.of(other, null));
    }

    /** Saves a new article (a draft) or an edit, refused when the article changed since the form read it. */
    public long saveArticle(@NotNull @Valid ArticleForm form) {
        return saveArticle(form, null);
    }

    /**
     * Saves the form and moves the article to {@code state} (published or archived) in one step: one
     * revision, and nothing saved when the move is refused. A null state keeps the article's state.
     */
    public long saveArticle(@NotNull @Valid ArticleForm form, ArticleState state) {
        String author = editorName();
        Instant now = Instant.now();
        Set<Customer> chosen =
                form.getVisibility() == Visibility.CHOSEN_COMPANIES ? companies(form.getCompanies()) : Set.of();
        Article article;
        List<Shelf> before;
        if (form.getId() == null) {
            Article original =
                    form.getVersionOf() == null ? null : versionable(form.getVersionOf(), form.getLanguage());
            before = Shelf.of(null, original);
            article = new Article(author);
            article.apply(form, chosen, now);
            em.persist(article);
            if (original != null) {
                article.versionOf(original);
            }
        } else {
            article = changeable(form.getId(), form.getVersion());
            Article other = otherVersion(article).orElse(null);
            before = Shelf.of(article, other);
            article.apply(form, chosen, now);
            if (other != null && other.getLanguage() == article.getLanguage()) {
                throw new BusinessException("knowledge.versionExists");
            }
        }
        if (state != null) {
            article.moveTo(state, now);
        }
        return stored(article, before, author, now);
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
        return ArticlePage.of(find(id), null);
    }

    /**
     * An image of an article, for a reader who may read that article (a published one shown to the
     * reader), or its other language's version whose text shows the image (a translation keeps the
     * original's images, and may be published for readers the original is not); staff get any
     * article's image, for the editor and the preview. "Not found" otherwise.
     */
    @Allowed(Audience.SIGNED_IN)
    public FileDownload image(long imageId) {
        AccessScope scope = caller.scope();
        ArticleImage image = em.find(ArticleImage.class, imageId);
        if (image == null) {
            throw new NotFoundException();
        }
        if (!scope.isStaff() && !readableWith(scope, image)) {
            throw new NotFoundException();
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

    /** The article's views, answers and the cases it avoided or that were raised after it, per month, newest first. */
    public List<ArticleMonth> figures(long id) {
        find(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT counted_month, views, helped_yes, helped_no,"
                                + " cases_avoided, cases_raised FROM knowledge_article_month WHERE article_id = ? ORDER BY counted_month DESC")
                .setParameter(1, id)
                .getResultList();
        return rows.stream()
                .map(row -> new ArticleMonth(
                        (String) row[0],
                        number(row[1]),
                        number(row[2]),
                        number(row[3]),
                        number(row[4]),
                        number(row[5])))
                .toList();
    }

    // ---- readers

    /**
     * The published articles the caller may see that match any of the words, best first: each
     * matching word counts three times in the title or keywords and once in the text, so more
     * matching words and title matches rank higher; among equals, the caller's language first.
     * Blank words list the articles (of the category, if one is given) in the caller's language
     * first, most viewed first. At most {@value #MOST_RESULTS}, saying whether more exist.
     */
    @Allowed(Audience.SIGNED_IN)
    public ArticleHits search(String words, String category) {
        AccessScope scope = caller.scope();
        boolean blank = words == null || words.isBlank();
        int oneMore = MOST_RESULTS + 1; // the one past the page tells that the list was cut
        List<Long> ids = blank
                ? mostViewedIds(scope, category, oneMore)
                : oncePerArticle(scope, rankedIds(scope, words, category, true, 2 * oneMore), category, oneMore);
        Map<ArticleLanguage, Set<String>> terms = blank ? Map.of() : queryTerms(words);
        boolean more = ids.size() > MOST_RESULTS;
        return new ArticleHits(hits(more ? ids.subList(0, MOST_RESULTS) : ids, terms), more);
    }

    /** The most viewed articles the caller may see, in the caller's language first. */
    @Allowed(Audience.SIGNED_IN)
    public List<ArticleRow> mostViewed(int most) {
        AccessScope scope = caller.scope();
        List<Long> ids = mostViewedIds(scope, null, Math.max(1, Math.min(most, MOST_RESULTS)));
        return articles(ids).stream()
                .map(article -> ArticleRow.of(article, null))
                .toList();
    }

    /** The categories of the articles the caller may see, with how many each holds; the caller's language first. */
    @Allowed(Audience.SIGNED_IN)
    public List<CategoryCount> categories() {
        ArticleRanking ranking = new ArticleRanking(em);
        return ranking.categories(readers(caller.scope(), false), readerLanguage());
    }

    /**
     * A published article the caller may see, counting the view (of this language version); with
     * its version in the other language when the caller may read that too. "Not found" for any other.
     */
    @Allowed(Audience.SIGNED_IN)
    public ArticlePage read(long id) {
        ArticleRanking.Readers readers = readers(caller.scope(), false);
        Article article = em.find(Article.class, id);
        if (article == null || !readers.mayRead(article)) {
            throw new NotFoundException();
        }
        count(id, "views");
        return ArticlePage.of(
                article, otherVersion(article).filter(readers::mayRead).orElse(null));
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

    /**
     * Up to {@value #MOST_SUGGESTIONS} published articles the contact may see that match what it types
     * as the summary of a new case, best first, ranked as {@link #search} ranks them; an article that
     * only shares one word of its text with the summary is left out. Nothing for blank words.
     */
    @Allowed(Audience.CUSTOMERS)
    public List<ArticleHit> suggest(String words) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        AccessScope scope = caller.scope();
        List<Long> ranked = rankedIds(scope, words, null, true, 2 * MOST_SUGGESTIONS, SUGGESTION_LEAST_SCORE);
        return hits(oncePerArticle(scope, ranked, null, MOST_SUGGESTIONS), queryTerms(words));
    }

    /**
     * The contact read the article from its new-case form and answered "this solved it": the
     * article helped and a case was avoided, both counted for the month. "Not found" for an article
     * the contact may not read.
     */
    @Allowed(Audience.CUSTOMERS)
    public void solvedWithoutCase(long id) {
        AccessScope scope = caller.scope();
        readable(scope, id);
        count(id, "helped_yes", "cases_avoided");
    }

    /**
     * Counts a case raised after reading these articles, once each, in the transaction that raises
     * the case. The ids come from the new-case form, so an article the caller may not read is passed
     * over rather than refusing the case.
     */
    @Internal
    public void caseRaisedAfterReading(Collection<Long> ids) {
        AccessScope scope = caller.scope();
        for (long id : new LinkedHashSet<>(ids)) {
            try {
                readable(scope, id);
            } catch (NotFoundException e) {
                continue;
            }
            count(id, "cases_raised");
        }
    }

    // ---- the rules

    /** The articles as hits, in the order of the ids, with the typed words marked in title and snippet. */
    private List<ArticleHit> hits(List<Long> ids, Map<ArticleLanguage, Set<String>> terms) {
        List<ArticleHit> hits = new ArrayList<>();
        for (Article article : articles(ids)) {
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

    /** The articles of the ids, read in one query, in the order of the ids. */
    private List<Article> articles(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> found = new HashMap<>();
        for (Article article : em.createQuery("SELECT a FROM Article a WHERE a.id IN :ids", Article.class)
                .setParameter("ids", ids)
                .getResultList()) {
            found.put(article.getId(), article);
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Whether the reader may read the image's own article, or the other version that shows it. */
    private boolean readableWith(AccessScope scope, ArticleImage image) {
        Article own = em.find(Article.class, image.getArticleId());
        if (own == null) {
            return false;
        }
        ArticleRanking.Readers readers = readers(scope, false);
        return readers.mayRead(own)
                || otherVersion(own)
                        .filter(other -> other.shows(image.getId()))
                        .filter(readers::mayRead)
                        .isPresent();
    }

    /**
     * A published article the caller may read, by the same readers every search uses (decision
     * 0049); "not found" for any other.
     */
    private Article readable(AccessScope scope, long id) {
        Article article = em.find(Article.class, id);
        if (article == null || !readers(scope, false).mayRead(article)) {
            throw new NotFoundException();
        }
        return article;
    }

    /** The ids of the matching articles, best first; for the desk ({@code readersOnly} false) in any state. */
    private List<Long> rankedIds(AccessScope scope, String words, String category, boolean readersOnly, int most) {
        return rankedIds(scope, words, category, readersOnly, most, ArticleIndex.BODY_WEIGHT);
    }

    /** As above, leaving out the articles that score less than {@code leastScore}. */
    private List<Long> rankedIds(
            AccessScope scope, String words, String category, boolean readersOnly, int most, int leastScore) {
        ArticleRanking ranking = new ArticleRanking(em);
        return ranking.ranked(
                readers(scope, !readersOnly),
                queryTerms(words),
                readerLanguage(),
                category,
                most,
                Math.max(most, ArticleRanking.ROWS_PER_WORD),
                leastScore);
    }

    /** The most viewed articles the caller may see, each once (decision 0052). */
    private List<Long> mostViewedIds(AccessScope scope, String category, int most) {
        ArticleRanking ranking = new ArticleRanking(em);
        ArticleRanking.Readers readers = readers(scope, false);
        ArticleLanguage language = readerLanguage();
        return ranking.oncePerArticle(
                readers, ranking.mostViewed(readers, language, category, 2 * most), language, category, most);
    }

    /**
     * The ranked ids with each article once (decision 0052): where both language versions were
     * found, or only the other language's, the caller's language version takes the place of the
     * first one found when the caller may read it.
     */
    private List<Long> oncePerArticle(AccessScope scope, List<Long> ranked, String category, int most) {
        return new ArticleRanking(em).oncePerArticle(readers(scope, false), ranked, readerLanguage(), category, most);
    }

    /**
     * What the caller reads (decision 0049): staff every published article, the desk every one; a
     * contact the articles for every customer and those chosen for a customer it sees or for that
     * customer's company, and nothing when it sees no customer.
     */
    private ArticleRanking.Readers readers(AccessScope scope, boolean desk) {
        if (scope.isStaff()) {
            return ArticleRanking.Readers.staff(desk);
        }
        List<Object> parameters = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> seen = bind(
                        em.createNativeQuery("SELECT c.id, c.parent_id FROM customer c WHERE "
                                + ScopeCondition.customersSql(scope, "c.id", parameters)),
                        parameters)
                .getResultList();
        Set<Long> chosenFor = new HashSet<>();
        for (Object[] customer : seen) {
            chosenFor.add(((Number) customer[0]).longValue());
            if (customer[1] != null) {
                chosenFor.add(((Number) customer[1]).longValue());
            }
        }
        return ArticleRanking.Readers.contact(chosenFor);
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
        List<Shelf> before = Shelf.of(article, otherVersion(article).orElse(null));
        Instant now = Instant.now();
        article.moveTo(state, now);
        stored(article, before, editorName(), now);
    }

    /**
     * Writes the article, its revision, its words and its category's counts; a concurrent save
     * makes this one fail. {@code before} is where the article and its other version were counted.
     */
    private long stored(Article article, List<Shelf> before, String editor, Instant now) {
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
        List<Shelf> after = Shelf.of(article, otherVersion(article).orElse(null));
        for (ArticleIndex.Row row : ArticleIndex.rows(
                article.getLanguage().code(),
                article.getTitle(),
                article.getKeywords(),
                article.getProblem(),
                article.getSolution(),
                article.getAppliesTo())) {
            em.createNativeQuery("INSERT INTO knowledge_word (article_id, term, language, readers, weight, term_count)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, article.getId())
                    .setParameter(2, row.term())
                    .setParameter(3, article.getLanguage().name())
                    .setParameter(
                            4,
                            ArticleIndex.readers(
                                    article.getState().name(),
                                    article.getVisibility().name()))
                    .setParameter(5, row.weight())
                    .setParameter(6, row.count())
                    .executeUpdate();
        }
        if (!after.equals(before)) {
            before.forEach(shelf -> shelve(shelf, -1));
            after.forEach(shelf -> shelve(shelf, 1));
        }
        return article.getId();
    }

    /**
     * Moves a category's count of articles of one language and readers by {@code change}; a row
     * that is not there yet is opened first, in a transaction of its own ({@link CountRows}).
     */
    private void shelve(Shelf shelf, int change) {
        if (change > 0) {
            countRows.openCategory(shelf.category(), shelf.language(), shelf.readers(), shelf.paired());
        }
        em.createNativeQuery("UPDATE knowledge_category SET articles = articles + ?"
                        + " WHERE category = ? AND language = ? AND readers = ? AND paired = ?")
                .setParameter(1, change)
                .setParameter(2, shelf.category())
                .setParameter(3, shelf.language())
                .setParameter(4, shelf.readers())
                .setParameter(5, shelf.paired() ? 1 : 0)
                .executeUpdate();
    }

    /**
     * Where an article is counted: its category, language and readers, and whether its other
     * version is published for the same readers ({@code paired}), when a reader counts only the
     * version in its own language (decision 0052).
     */
    private record Shelf(String category, String language, String readers, boolean paired) {

        /** Where the versions of one article are counted; either may be null. */
        static List<Shelf> of(Article article, Article other) {
            boolean paired = article != null
                    && other != null
                    && article.getState() == ArticleState.PUBLISHED
                    && other.getState() == ArticleState.PUBLISHED
                    && article.getVisibility() == other.getVisibility();
            List<Shelf> shelves = new ArrayList<>();
            for (Article version : new Article[] {article, other}) {
                if (version != null) {
                    shelves.add(new Shelf(
                            version.getCategory(),
                            version.getLanguage().name(),
                            ArticleIndex.readers(
                                    version.getState().name(),
                                    version.getVisibility().name()),
                            paired));
                }
            }
            return shelves;
        }
    }

    /**
     * Adds one to each of the columns of the article's row for this month. The row is opened first,
     * in a transaction of its own ({@link CountRows}), when the update finds none, so two first
     * counts of a month at the same instant both land on one row instead of one of them being lost.
     * A view also counts in the article's total, which orders "most viewed" by an index.
     */
    private void count(long id, String... columns) {
        if (List.of(columns).contains("views")) {
            em.createNativeQuery("UPDATE knowledge_article SET view_count = view_count + 1 WHERE id = ?")
                    .setParameter(1, id)
                    .executeUpdate();
        }
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        StringBuilder sql = new StringBuilder("UPDATE knowledge_article_month SET ");
        for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append(columns[i])
                    .append(" = ")
                    .append(columns[i])
                    .append(" + 1");
        }
        sql.append(" WHERE article_id = ? AND counted_month = ?");
        for (int attempt = 1; ; attempt++) {
            int updated = em.createNativeQuery(sql.toString())
                    .setParameter(1, id)
                    .setParameter(2, month)
                    .executeUpdate();
            if (updated > 0) {
                return;
            }
            if (attempt == 3) {
                throw new IllegalStateException("No row of month " + month + " for article " + id);
            }
            countRows.openMonth(id, month);
        }
    }

    /** The article's version in the other language, if it has one. */
    private Optional<Article> otherVersion(Article article) {
        // two lookups by an index each: an OR of the two columns would read every article
        if (article.firstVersionId() != null) {
            return Optional.ofNullable(em.find(Article.class, article.firstVersionId()));
        }
        return em.createQuery("SELECT a FROM Article a WHERE a.groupId = :group", Article.class)
                .setParameter("group", article.getId())
                .getResultStream()
                .findFirst();
    }

    /**
     * The article a new version in {@code language} is written for, locked until the new version
     * is stored, so that two desks adding the same language at once cannot both succeed.
     */
    private Article versionable(long id, ArticleLanguage language) {
        Article original = find(id);
        em.lock(original, LockModeType.PESSIMISTIC_WRITE);
        if (original.getLanguage() == language || otherVersion(original).isPresent()) {
            throw new BusinessException("knowledge.versionExists");
        }
        return original;
    }

    /** The desk's rows, each with its version in the other language, read in one query. */
    private List<ArticleRow> withOtherVersions(List<Article> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Set<Long> groups = new HashSet<>();
        articles.forEach(article -> groups.add(article.group()));
        Map<Long, List<Article>> versions = new HashMap<>();
        for (Article version : ArticleRanking.versions(em, groups, null)) {
            versions.computeIfAbsent(version.group(), g -> new ArrayList<>()).add(version);
        }
        return articles.stream()
                .map(article -> ArticleRow.of(
                        article,
                        versions.getOrDefault(article.group(), List.of()).stream()
                                .filter(other -> !other.getId().equals(article.getId()))
                                .findFirst()
                                .orElse(null)))
                .toList();
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

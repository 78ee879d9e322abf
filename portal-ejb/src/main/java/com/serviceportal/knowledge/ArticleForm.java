package com.serviceportal.knowledge;

import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A new or changed article as the desk's form collects it, with the version it was read at. */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;
    public static final int CATEGORY_MAX = 80;
    public static final int KEYWORDS_MAX = 300;
    public static final int APPLIES_TO_MAX = 200;
    public static final int RICH_TEXT_MAX = 100_000;
    public static final int COMPANIES_MAX = 1_000;

    /** How much of a problem or solution the table of changes shows. */
    private static final int SHOWN_TEXT = 300;

    private Long id;
    private long version;

    @NotBlank
    @Size(max = TITLE_MAX)
    private String title;

    @Size(max = RICH_TEXT_MAX)
    private String problem;

    @Size(max = RICH_TEXT_MAX)
    private String solution;

    @NotBlank
    @Size(max = CATEGORY_MAX)
    private String category;

    @Size(max = KEYWORDS_MAX)
    private String keywords;

    @Size(max = APPLIES_TO_MAX)
    private String appliesTo;

    @NotNull
    private ArticleLanguage language = ArticleLanguage.EN;

    @NotNull
    private Visibility visibility = Visibility.EVERY_CUSTOMER;

    /** The account numbers of the chosen companies, separated by commas or spaces. */
    @Size(max = COMPANIES_MAX)
    private String companies;

    private LocalDate lastReviewed;

    private ArticleState state = ArticleState.DRAFT;

    /** The case the article is (or was) copied from: set by the copy, never typed. */
    private Long sourceCaseId;

    private Long sourceCaseNumber;

    /** The article a new draft is the other language's version of: set by "Add version", never typed. */
    private Long versionOf;

    private String versionOfTitle;

    /** How often the copy put a placeholder in place of the customer's name or data. */
    private int customerDataRemoved;

    static ArticleForm of(Article article) {
        ArticleForm form = new ArticleForm();
        form.id = article.getId();
        form.version = article.getVersion();
        form.title = article.getTitle();
        form.problem = article.getProblem();
        form.solution = article.getSolution();
        form.category = article.getCategory();
        form.keywords = article.getKeywords();
        form.appliesTo = article.getAppliesTo();
        form.language = article.getLanguage();
        form.visibility = article.getVisibility();
        form.companies = String.join(
                ", ",
                article.getCompanies().stream()
                        .map(c -> c.getAccountNumber())
                        .sorted()
                        .toList());
        form.lastReviewed = article.getLastReviewed();
        form.state = article.getState();
        form.sourceCaseNumber = article.getSourceCaseNumber();
        return form;
    }

    /**
     * The fields whose saved value differs from what this form holds, after a save refused because
     * someone saved the article meanwhile. The problem and solution are compared as they read, without
     * their markup, and shown as far as a table cell can hold them.
     */
    public List<Difference> differencesFrom(ArticleForm current) {
        return Difference.collect()
                .value("knowledge.title", current.title, title)
                .value("knowledge.problem", readable(current.problem), readable(problem))
                .value("knowledge.solution", readable(current.solution), readable(solution))
                .value("knowledge.category", current.category, category)
                .value("knowledge.keywords", current.keywords, keywords)
                .value("knowledge.appliesTo", current.appliesTo, appliesTo)
                .named("knowledge.language", current.language, language, "knowledge.language.")
                .named("knowledge.visibility", current.visibility, visibility, "knowledge.visibility.")
                .value("knowledge.companies", current.companies, companies)
                .value("knowledge.lastReviewed", current.lastReviewed, lastReviewed)
                .named("knowledge.state", current.state, state, "knowledge.state.")
                .list();
    }

    /** Keeps what was typed, to be saved again over the article as it now stands (in its state now). */
    public void rebaseOn(ArticleForm current) {
        version = current.version;
        state = current.state;
    }

    private static String readable(String html) {
        String text = html == null ? "" : ArticleHtml.text(html);
        return text.length() <= SHOWN_TEXT
                ? text
                : text.substring(0, SHOWN_TEXT - 1).strip() + "…";
    }

    /**
     * A new draft in the other language for {@code original}: its texts, category, keywords and
     * readers copied for translating.
     */
    static ArticleForm versionOf(Article original) {
        ArticleForm form = of(original);
        form.id = null;
        form.version = 0;
        form.state = ArticleState.DRAFT;
        form.sourceCaseNumber = null;
        form.language = original.getLanguage() == ArticleLanguage.EN ? ArticleLanguage.SV : ArticleLanguage.EN;
        form.versionOf = original.getId();
        form.versionOfTitle = original.getTitle();
        return form;
    }

    /** A new draft copied from a case, which the copy replaced customer data in so many times. */
    static ArticleForm copiedFrom(long caseId, long caseNumber, int customerDataRemoved) {
        ArticleForm form = new ArticleForm();
        form.sourceCaseId = caseId;
        form.sourceCaseNumber = caseNumber;
        form.customerDataRemoved = customerDataRemoved;
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(String appliesTo) {
        this.appliesTo = appliesTo;
    }

    public ArticleLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ArticleLanguage language) {
        this.language = language;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public String getCompanies() {
        return companies;
    }

    public void setCompanies(String companies) {
        this.companies = companies;
    }

    public LocalDate getLastReviewed() {
        return lastReviewed;
    }

    public void setLastReviewed(LocalDate lastReviewed) {
        this.lastReviewed = lastReviewed;
    }

    /** Where the article stood when the form was read (shown, not edited here). */
    public ArticleState getState() {
        return state;
    }

    /** The id of the case a new draft was copied from, stored with it on its first save. */
    public Long getVersionOf() {
        return versionOf;
    }

    public String getVersionOfTitle() {
        return versionOfTitle;
    }

    public Long getSourceCaseId() {
        return sourceCaseId;
    }

    /** The number of the case the article was copied from, for the desk's link back; {@code null} if none. */
    public Long getSourceCaseNumber() {
        return sourceCaseNumber;
    }

    /** How many names, addresses, e-mail addresses and phone numbers the copy replaced. */
    public int getCustomerDataRemoved() {
        return customerDataRemoved;
    }

    /** Whether this is a draft just copied from a case, not saved yet. */
    public boolean isCopiedDraft() {
        return id == null && sourceCaseId != null;
    }
}

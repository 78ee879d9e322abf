package com.serviceportal.knowledge;

import com.serviceportal.cases.Case;
import com.serviceportal.customers.Customer;
import com.serviceportal.jobs.contacts.ContactFieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A knowledge-base article: a problem and its solution, as the desk wrote them. Its problem and
 * solution are kept sanitized ({@link ArticleHtml}); each save adds an {@link ArticleRevision}.
 */
@Entity
@Table(name = "knowledge_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_article_seq")
    @SequenceGenerator(name = "knowledge_article_seq", sequenceName = "knowledge_article_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = ArticleForm.TITLE_MAX)
    @Column(nullable = false)
    private String title;

    @NotNull
    @Column(nullable = false)
    private String problem = "";

    @NotNull
    @Column(nullable = false)
    private String solution = "";

    @NotBlank
    @Size(max = ArticleForm.CATEGORY_MAX)
    @Column(nullable = false)
    private String category;

    @Size(max = ArticleForm.KEYWORDS_MAX)
    private String keywords;

    @Size(max = ArticleForm.APPLIES_TO_MAX)
    @Column(name = "applies_to")
    private String appliesTo;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleLanguage language;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleState state = ArticleState.DRAFT;

    @Size(max = ContactFieldRules.DISPLAY_NAME)
    @Column(nullable = false)
    private String author;

    @Column(name = "last_reviewed")
    private LocalDate lastReviewed;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToMany
    @JoinTable(
            name = "knowledge_article_customer",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "customer_id"))
    private Set<Customer> companies = new HashSet<>();

    /** The case the article was copied from, if any: the desk links back to it, readers never see it. */
    @Column(name = "source_case_id", updatable = false)
    private Long sourceCaseId;

    /** The same case, read for its number (written through {@link #sourceCaseId}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_case_id", insertable = false, updatable = false)
    private Case sourceCase;

    /**
     * The article this one is a language version of (decision 0052): the id of the group's first
     * version; {@code null} for an article that was written on its own, whose group is itself.
     */
    @Column(name = "group_id", updatable = false)
    private Long groupId;

    @Version
    private long version;

    protected Article() {}

    Article(String author) {
        this.author = author;
    }

    /** Takes what the form says, its rich text sanitized; the companies only count when chosen. */
    void apply(ArticleForm form, Set<Customer> chosen, Instant now) {
        title = form.getTitle().strip();
        problem = ArticleHtml.sanitize(form.getProblem());
        solution = ArticleHtml.sanitize(form.getSolution());
        category = form.getCategory().strip();
        keywords = blankToNull(form.getKeywords());
        appliesTo = blankToNull(form.getAppliesTo());
        language = form.getLanguage();
        visibility = form.getVisibility();
        lastReviewed = form.getLastReviewed();
        companies = visibility == Visibility.CHOSEN_COMPANIES ? new HashSet<>(chosen) : new HashSet<>();
        updatedAt = now;
        if (id == null) {
            sourceCaseId = form.getSourceCaseId();
        }
    }

    /** Makes this new article a language version of {@code original}. */
    void versionOf(Article original) {
        groupId = original.group();
    }

    /** The id of the first version, when this article is a later language version of it; else null. */
    Long firstVersionId() {
        return groupId;
    }

    /** The group of language versions this article belongs to: the id of its first version. */
    long group() {
        return groupId == null ? id : groupId;
    }

    void moveTo(ArticleState state, Instant now) {
        this.state = state;
        this.updatedAt = now;
    }

    /** Whether the article's text shows the image. */
    boolean shows(long imageId) {
        return ArticleHtml.imageIds(problem).contains(imageId)
                || ArticleHtml.imageIds(solution).contains(imageId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getProblem() {
        return problem;
    }

    public String getSolution() {
        return solution;
    }

    public String getCategory() {
        return category;
    }

    public String getKeywords() {
        return keywords;
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public ArticleLanguage getLanguage() {
        return language;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public ArticleState getState() {
        return state;
    }

    public String getAuthor() {
        return author;
    }

    public LocalDate getLastReviewed() {
        return lastReviewed;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Customer> getCompanies() {
        return Set.copyOf(companies);
    }

    public long getVersion() {
        return version;
    }

    /** The number of the case the article was copied from; {@code null} when it was not. */
    public Long getSourceCaseNumber() {
        return sourceCase == null ? null : sourceCase.getNumber();
    }
}

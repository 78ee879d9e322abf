package com.serviceportal.knowledge;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One saved state of an {@link Article}: every edit, publishing and archiving adds one. */
@Entity
@Table(name = "knowledge_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_revision_seq")
    @SequenceGenerator(name = "knowledge_revision_seq", sequenceName = "knowledge_revision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false, updatable = false)
    private Article article;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String problem;

    @Column(nullable = false, updatable = false)
    private String solution;

    @Column(nullable = false, updatable = false)
    private String category;

    @Column(updatable = false)
    private String keywords;

    @Column(name = "applies_to", updatable = false)
    private String appliesTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ArticleLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ArticleState state;

    @Size(max = ContactFieldRules.DISPLAY_NAME)
    @Column(name = "edited_by", nullable = false, updatable = false)
    private String editedBy;

    @Column(name = "edited_at", nullable = false, updatable = false)
    private Instant editedAt;

    protected ArticleRevision() {}

    ArticleRevision(Article article, int revision, String editedBy, Instant editedAt) {
        this.article = article;
        this.revision = revision;
        this.title = article.getTitle();
        this.problem = article.getProblem();
        this.solution = article.getSolution();
        this.category = article.getCategory();
        this.keywords = article.getKeywords();
        this.appliesTo = article.getAppliesTo();
        this.language = article.getLanguage();
        this.visibility = article.getVisibility();
        this.state = article.getState();
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    public int getRevision() {
        return revision;
    }

    public String getTitle() {
        return title;
    }

    public ArticleState getState() {
        return state;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}

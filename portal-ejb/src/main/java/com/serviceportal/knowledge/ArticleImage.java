package com.serviceportal.knowledge;

import com.serviceportal.jobs.contacts.ContactFieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An image in an article's text, stored with the article in the database every instance shares. The
 * text points at it by {@link #PATH}; it is served only to those who may read its article.
 */
@Entity
@Table(name = "knowledge_article_image")
public class ArticleImage {

    /** Where the application serves an image, followed by its id; the only image source an article may name. */
    public static final String PATH = "/portal/knowledge/image?id=";

    /** The most bytes an image may have. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public static final int ALT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_image_seq")
    @SequenceGenerator(name = "knowledge_image_seq", sequenceName = "knowledge_image_seq", allocationSize = 50)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @NotBlank
    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @NotBlank
    @Size(max = ALT_MAX)
    @Column(name = "alt_text", nullable = false, updatable = false)
    private String altText;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Size(max = ContactFieldRules.DISPLAY_NAME)
    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected ArticleImage() {}

    ArticleImage(long articleId, ImageKind kind, String altText, byte[] content, String uploadedBy, Instant now) {
        this.articleId = articleId;
        this.contentType = kind.contentType();
        this.altText = altText;
        this.size = content.length;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getArticleId() {
        return articleId;
    }

    public String getContentType() {
        return contentType;
    }

    public String getAltText() {
        return altText;
    }

    byte[] content() {
        return content.clone();
    }
}

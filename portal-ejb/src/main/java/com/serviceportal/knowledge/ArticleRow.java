package com.serviceportal.knowledge;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One article in the desk's list.
 *
 * @param id the article's id
 * @param title its title
 * @param category its category
 * @param language its language
 * @param visibility who may read it
 * @param state where it stands
 * @param author who wrote it
 * @param lastReviewed when it was last checked, if ever
 * @param updatedAt when it was last saved
 * @param otherVersionId its version in the other language; null without one (or where not asked)
 * @param otherVersionLanguage the language of that version
 * @param otherVersionState where that version stands
 */
public record ArticleRow(
        long id,
        String title,
        String category,
        ArticleLanguage language,
        Visibility visibility,
        ArticleState state,
        String author,
        LocalDate lastReviewed,
        Instant updatedAt,
        Long otherVersionId,
        ArticleLanguage otherVersionLanguage,
        ArticleState otherVersionState)
        implements Serializable {

    /** The article's row, with its version in the other language if known ({@code otherVersion} may be null). */
    static ArticleRow of(Article article, Article otherVersion) {
        return new ArticleRow(
                article.getId(),
                article.getTitle(),
                article.getCategory(),
                article.getLanguage(),
                article.getVisibility(),
                article.getState(),
                article.getAuthor(),
                article.getLastReviewed(),
                article.getUpdatedAt(),
                otherVersion == null ? null : otherVersion.getId(),
                otherVersion == null ? null : otherVersion.getLanguage(),
                otherVersion == null ? null : otherVersion.getState());
    }
}

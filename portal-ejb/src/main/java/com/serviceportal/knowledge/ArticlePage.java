package com.serviceportal.knowledge;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An article as a reader sees it. The problem and solution are sanitized HTML, sanitized again as
 * they are read, and so the only text a page may render as markup.
 *
 * @param id the article's id
 * @param version its version (the desk publishes or archives from its preview)
 * @param title its title
 * @param problemHtml the problem, sanitized HTML
 * @param solutionHtml the solution, sanitized HTML
 * @param category its category
 * @param appliesTo the make and model it applies to, if any
 * @param language its language
 * @param state where it stands (customers see published ones only)
 * @param lastReviewed when it was last checked, if ever
 * @param otherVersionId its version in the other language, when the reader may read that; else null
 * @param otherVersionLanguage the language of that version; null without one
 */
public record ArticlePage(
        long id,
        long version,
        String title,
        String problemHtml,
        String solutionHtml,
        String category,
        String appliesTo,
        ArticleLanguage language,
        ArticleState state,
        LocalDate lastReviewed,
        Long otherVersionId,
        ArticleLanguage otherVersionLanguage)
        implements Serializable {

    static ArticlePage of(Article article, Article otherVersion) {
        return new ArticlePage(
                article.getId(),
                article.getVersion(),
                article.getTitle(),
                ArticleHtml.sanitize(article.getProblem()),
                ArticleHtml.sanitize(article.getSolution()),
                article.getCategory(),
                article.getAppliesTo(),
                article.getLanguage(),
                article.getState(),
                article.getLastReviewed(),
                otherVersion == null ? null : otherVersion.getId(),
                otherVersion == null ? null : otherVersion.getLanguage());
    }
}

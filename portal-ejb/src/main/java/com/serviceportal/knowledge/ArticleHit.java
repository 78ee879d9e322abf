package com.serviceportal.knowledge;

import java.io.Serializable;
import java.util.List;

/**
 * One article a search found, best first.
 *
 * @param id the article's id
 * @param title its title
 * @param category its category
 * @param language its language
 * @param snippet a passage of its text with the matching words marked (empty when only the title matched)
 * @param titleParts the title with the matching words marked
 */
public record ArticleHit(
        long id,
        String title,
        String category,
        ArticleLanguage language,
        List<SnippetPart> snippet,
        List<SnippetPart> titleParts)
        implements Serializable {

    public ArticleHit {
        snippet = List.copyOf(snippet);
        titleParts = List.copyOf(titleParts);
    }
}

package com.serviceportal.knowledge;

import java.io.Serializable;
import java.util.List;

/**
 * What a search of the knowledge base lists, best first, and whether it was cut: a page lists at
 * most {@value KnowledgeService#MOST_RESULTS} articles, and the reader is told when more exist.
 *
 * @param articles the articles listed
 * @param more whether more articles than these match
 */
public record ArticleHits(List<ArticleHit> articles, boolean more) implements Serializable {

    public ArticleHits {
        articles = List.copyOf(articles);
    }
}

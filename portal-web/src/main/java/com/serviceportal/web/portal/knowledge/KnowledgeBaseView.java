package com.serviceportal.web.portal.knowledge;

import com.serviceportal.knowledge.ArticleHit;
import com.serviceportal.knowledge.ArticleHits;
import com.serviceportal.knowledge.CategoryCount;
import com.serviceportal.knowledge.KnowledgeService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The knowledge base ({@code /portal/knowledge/index.xhtml}): {@code ?q=} searches, {@code ?category=}
 * lists a category; without either it shows the most viewed articles. Only articles the contact may
 * see, in the contact's language first.
 */
@Named
@ViewScoped
public class KnowledgeBaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MOST_VIEWED = 10;

    @Inject
    private KnowledgeService knowledge;

    private String q;
    private String category;
    private boolean solved;
    private List<ArticleHit> articles = List.of();
    private boolean more;
    private List<CategoryCount> categories = List.of();

    public void load() {
        categories = knowledge.categories();
        ArticleHits found = knowledge.search(q, category);
        articles = isBrowsing() ? found.articles().stream().limit(MOST_VIEWED).toList() : found.articles();
        more = found.more();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    /** {@code ?solved=true}: the customer came from the new-case form, where an article solved the problem. */
    public boolean isSolved() {
        return solved;
    }

    public void setSolved(boolean solved) {
        this.solved = solved;
    }

    public List<ArticleHit> getArticles() {
        return articles;
    }

    public List<CategoryCount> getCategories() {
        return categories;
    }

    /** Whether the page shows a search's results rather than the most viewed articles. */
    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    /** A category holds more articles than the page lists: how many it holds, else 0. */
    public long getCategoryHoldsMore() {
        if (!more || isSearched() || isBrowsing()) {
            return 0;
        }
        return categories.stream()
                .filter(c -> c.name().equals(category))
                .mapToLong(CategoryCount::articles)
                .sum();
    }

    /** A search found more articles than the page lists. */
    public boolean isMoreFound() {
        return more && isSearched();
    }

    public boolean isBrowsing() {
        return !isSearched() && (category == null || category.isBlank());
    }
}

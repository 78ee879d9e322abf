package com.serviceportal.web.desk.knowledge;

import com.serviceportal.knowledge.ArticleFilter;
import com.serviceportal.knowledge.ArticleLanguage;
import com.serviceportal.knowledge.ArticleRow;
import com.serviceportal.knowledge.ArticleState;
import com.serviceportal.knowledge.KnowledgeService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The desk's knowledge base ({@code /desk/knowledge/list.xhtml}): every article, searched and filtered. */
@Named
@ViewScoped
public class DeskArticleListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeService knowledge;

    private final ArticleFilter filter = new ArticleFilter();
    private List<ArticleRow> articles = List.of();
    private List<String> categories = List.of();

    public void load() {
        categories = knowledge.deskCategories();
        filter();
    }

    public void filter() {
        articles = knowledge.deskArticles(filter);
    }

    public ArticleFilter getFilter() {
        return filter;
    }

    public List<ArticleRow> getArticles() {
        return articles;
    }

    public List<String> getCategories() {
        return categories;
    }

    public ArticleState[] getStates() {
        return ArticleState.values();
    }

    public ArticleLanguage[] getLanguages() {
        return ArticleLanguage.values();
    }
}

package com.serviceportal.web.desk.knowledge;

import com.serviceportal.knowledge.ArticlePage;
import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** An article as a customer will read it ({@code /desk/knowledge/preview.xhtml}), in any state. */
@Named
@ViewScoped
public class ArticlePreviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private NotFoundResponse notFound;

    private Long id;
    private ArticlePage article;

    public void load() {
        try {
            if (id == null) {
                notFound.send();
                return;
            }
            article = knowledge.preview(id);
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticlePage getArticle() {
        return article;
    }
}

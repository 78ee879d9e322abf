package com.serviceportal.web.portal.knowledge;

import com.serviceportal.knowledge.ArticlePage;
import com.serviceportal.knowledge.KnowledgeService;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One article as the customer reads it ({@code /portal/knowledge/article.xhtml?id=}), with "Did this
 * help?" and a way on to a new case. An article the contact may not see answers "not found".
 */
@Named
@ViewScoped
public class ArticleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private NotFoundResponse notFound;

    @Inject
    private Feedback feedback;

    private Long id;
    private ArticlePage article;
    private Boolean answer;

    public void load() {
        if (id == null) {
            notFound.send();
            return;
        }
        try {
            article = knowledge.read(id);
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public void answer(boolean helped) {
        if (answer != null) {
            return;
        }
        try {
            knowledge.answer(id, helped);
            answer = helped;
        } catch (NotFoundException e) {
            feedback.error(e);
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

    /** The reader's answer to "Did this help?", {@code null} before it answered. */
    public Boolean getAnswer() {
        return answer;
    }
}

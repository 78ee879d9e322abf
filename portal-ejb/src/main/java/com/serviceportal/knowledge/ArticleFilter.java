package com.serviceportal.knowledge;

import java.io.Serializable;

/** The desk list's filters; an empty field does not narrow the list. */
public class ArticleFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private ArticleState state;
    private ArticleLanguage language;
    private String category;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ArticleState getState() {
        return state;
    }

    public void setState(ArticleState state) {
        this.state = state;
    }

    public ArticleLanguage getLanguage() {
        return language;
    }

    public void setLanguage(ArticleLanguage language) {
        this.language = language;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}

package com.serviceportal.knowledge;

import com.serviceportal.platform.ChangedMeanwhileException;

/** Someone saved the article after the page read it; nothing was saved. */
public class ArticleChangedException extends ChangedMeanwhileException {

    private static final long serialVersionUID = 1L;

    public ArticleChangedException(String title) {
        super("knowledge.changedMeanwhile", title);
    }
}

package com.serviceportal.knowledge;

import java.io.Serializable;

/**
 * How an article was read in one month.
 *
 * @param month the month, {@code yyyy-mm}
 * @param views how often customers opened it
 * @param helpedYes how often a reader answered that it helped
 * @param helpedNo how often a reader answered that it did not
 * @param casesAvoided how often a customer read it from the new-case form and raised no case, as it solved the problem
 * @param casesRaised how many cases were raised after reading it
 */
public record ArticleMonth(String month, int views, int helpedYes, int helpedNo, int casesAvoided, int casesRaised)
        implements Serializable {

    /** A month in which no case was avoided or raised after the article. */
    public ArticleMonth(String month, int views, int helpedYes, int helpedNo) {
        this(month, views, helpedYes, helpedNo, 0, 0);
    }
}

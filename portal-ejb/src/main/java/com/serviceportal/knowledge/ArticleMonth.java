package com.serviceportal.knowledge;

import java.io.Serializable;

/**
 * How an article was read in one month.
 *
 * @param month the month, {@code yyyy-mm}
 * @param views how often customers opened it
 * @param helpedYes how often a reader answered that it helped
 * @param helpedNo how often a reader answered that it did not
 */
public record ArticleMonth(String month, int views, int helpedYes, int helpedNo) implements Serializable {}

package com.serviceportal.knowledge;

import java.io.Serializable;

/**
 * A category of the articles a reader may see.
 *
 * @param name the category
 * @param articles how many such articles
 */
public record CategoryCount(String name, long articles) implements Serializable {}

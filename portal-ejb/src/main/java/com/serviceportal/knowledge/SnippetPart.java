package com.serviceportal.knowledge;

import java.io.Serializable;

/**
 * A piece of a search result's snippet: plain text, shown escaped like any text, and marked when
 * it is a word that matched the search.
 *
 * @param text the piece's text
 * @param match whether it matched
 */
public record SnippetPart(String text, boolean match) implements Serializable {}

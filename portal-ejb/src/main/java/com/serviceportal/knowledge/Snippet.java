package com.serviceportal.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A passage of an article's text around the first word that matched a search, cut at word
 * boundaries, with every matching word in it marked. The words are found by the same analysis as
 * the index, so "leaks" is marked for a search for "leaking".
 */
final class Snippet {

    private static final int WIDTH = 220;
    private static final int BEFORE = 60;

    private Snippet() {}

    /** The passage; the beginning of the text when nothing in it matched. */
    private static List<SnippetPart> of(ArticleLanguage language, String text, Set<String> terms, int width) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<ArticleWords.Found> words = ArticleWords.found(language.code(), text);
        int first = words.stream()
                .filter(word -> terms.contains(word.term()))
                .mapToInt(ArticleWords.Found::start)
                .findFirst()
                .orElse(0);
        int start = first <= BEFORE || width >= text.length() ? 0 : wordStart(text, first - BEFORE);
        int end = start + width >= text.length() ? text.length() : wordEnd(text, start + width);
        List<SnippetPart> parts = new ArrayList<>();
        int at = start;
        StringBuilder plain = new StringBuilder(start > 0 ? "… " : "");
        for (ArticleWords.Found word : words) {
            if (word.start() < start || word.end() > end || !terms.contains(word.term())) {
                continue;
            }
            plain.append(text, at, word.start());
            if (!plain.isEmpty()) {
                parts.add(new SnippetPart(plain.toString(), false));
                plain.setLength(0);
            }
            parts.add(new SnippetPart(text.substring(word.start(), word.end()), true));
            at = word.end();
        }
        plain.append(text, at, end);
        if (end < text.length()) {
            plain.append(" …");
        }
        if (!plain.isEmpty()) {
            parts.add(new SnippetPart(plain.toString(), false));
        }
        return parts;
    }

    /** A passage of the usual width. */
    static List<SnippetPart> of(ArticleLanguage language, String text, Set<String> terms) {
        return of(language, text, terms, WIDTH);
    }

    /** The whole of a short text (a title) with its matching words marked. */
    static List<SnippetPart> whole(ArticleLanguage language, String text, Set<String> terms) {
        return of(language, text, terms, text == null ? 0 : text.length());
    }

    private static int wordStart(String text, int from) {
        int at = from;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return Math.min(at + 1, text.length());
    }

    private static int wordEnd(String text, int from) {
        int at = from;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}

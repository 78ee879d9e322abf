package com.serviceportal.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a summary and a typed filter text are cut into words: lower case, split at everything that is
 * neither a letter nor a digit, each word at most {@value #MAX_LENGTH} characters, without repeats.
 * The same cut on both sides is what makes a typed word find the cases whose summary has a word
 * starting with it.
 */
public final class SearchWords {

    /** The longest word kept; longer ones are kept by their start, which a typed prefix still finds. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {}

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word)
                .distinct()
                .toList();
    }
}

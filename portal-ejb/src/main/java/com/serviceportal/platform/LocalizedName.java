package com.serviceportal.platform;

import java.io.Serializable;
import java.util.Locale;

/**
 * A name the desk gives in English and, optionally, in Swedish (a status, a case type, a team...).
 * The one place that decides which text a reader sees: Swedish for a Swedish reader when it has
 * been filled in, English otherwise.
 */
public record LocalizedName(String english, String swedish) implements Serializable {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    /** The text for a reader of the given language; English when there is no Swedish text. */
    public String in(Locale reader) {
        boolean swedishReader = reader != null && SWEDISH.getLanguage().equals(reader.getLanguage());
        return swedishReader && swedish != null && !swedish.isBlank() ? swedish : english;
    }

    /** The text of {@code english}/{@code swedish} for the reader; null when both are null. */
    public static String in(Locale reader, String english, String swedish) {
        return new LocalizedName(english, swedish).in(reader);
    }

    /** The Swedish text as stored: null for blank, so an empty field falls back to English. */
    public static String swedishOrNull(String swedish) {
        return swedish == null || swedish.isBlank() ? null : swedish.strip();
    }
}

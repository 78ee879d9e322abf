package com.serviceportal.knowledge;

import java.util.Locale;

/** The language an article is written in; its words are stemmed by that language's rules. */
public enum ArticleLanguage {
    EN,
    SV;

    /** The language of a code such as "sv" or a locale's language; English for anything else. */
    public static ArticleLanguage of(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("sv") ? SV : EN;
    }

    /** The code kept in the database and used in the pages: "en" or "sv". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

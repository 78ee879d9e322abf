package com.serviceportal.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How an article's text and a search are turned into terms: Lucene's analysis for English or Swedish
 * (lower case, stop words, stems, so "leaking" and "leaks" meet, as do "kylskåpet" and "kylskåp"),
 * then accents folded away, so "kylskap" finds them too. Lucene is used only for this; the terms
 * are kept in the database ({@code knowledge_word}). English is Lucene's {@link EnglishAnalyzer}.
 * Swedish is {@link SwedishAnalyzer}'s chain with its stop words, but with the light Swedish stemmer
 * in place of its Snowball stemmer, which leaves the definite "-et" on ("kylskåpet" stayed apart
 * from "kylskåp"). The analyzers hold no state between calls that would differ between instances.
 */
final class ArticleWords {

    /** The longest term kept, as the index column allows. */
    static final int MAX_TERM = 40;

    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    private static final Analyzer SWEDISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            TokenStream terms = new LowerCaseFilter(words);
            terms = new StopFilter(terms, SwedishAnalyzer.getDefaultStopSet());
            return new TokenStreamComponents(words, new SwedishLightStemFilter(terms));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    };

    private ArticleWords() {}

    /** A term and where in the text the word it came from stands. */
    record Found(String term, int start, int end) {}

    /** Each term of the text with how often it occurs, in order of first occurrence. */
    static Map<String, Integer> counted(String language, String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Found found : found(language, text)) {
            counts.merge(found.term(), 1, Integer::sum);
        }
        return counts;
    }

    /** The distinct terms of a text, as a search looks them up. */
    static Set<String> terms(String language, String text) {
        return counted(language, text).keySet();
    }

    /** Every word of the text that yields a term, with its place, for highlighting. */
    static List<Found> found(String language, String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        Analyzer analyzer = ArticleLanguage.of(language) == ArticleLanguage.SV ? SWEDISH : ENGLISH;
        try (TokenStream stream = new ASCIIFoldingFilter(analyzer.tokenStream("text", text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (value.length() > MAX_TERM) {
                    value = value.substring(0, MAX_TERM);
                }
                found.add(new Found(value, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}

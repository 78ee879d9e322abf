package com.serviceportal.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How words become terms, what survives of an article's HTML, and how a snippet marks matches. */
class ArticleWordsTest {

    @Test
    void inflectedWordsMeetTheirBaseFormWhateverTheCaseAndAccents() {
        assertEquals(ArticleWords.terms("en", "leaks"), ArticleWords.terms("en", "Leaking"));
        assertEquals(ArticleWords.terms("sv", "kylskåp"), ArticleWords.terms("sv", "kylskåpet"));
        assertEquals(ArticleWords.terms("sv", "kylskåp"), ArticleWords.terms("sv", "KYLSKAPET"));
        assertEquals(ArticleWords.terms("sv", "termostaten"), ArticleWords.terms("sv", "termostater"));
        assertEquals(ArticleWords.terms("sv", "glasdörren"), ArticleWords.terms("sv", "glasdörrar"));
        assertEquals(Set.of(), ArticleWords.terms("sv", "och som det"), "stop words are no terms");
    }

    @Test
    void theTextOfHtmlIsWhatAReaderSees() {
        assertEquals(
                "Open the door. Wait & see",
                ArticleHtml.text("<p>Open the <b>door</b>.</p><p>Wait &amp; see<script>x()</script></p>"));
    }

    @Test
    void onlyFormattingAndWebLinksSurvive() {
        String safe = ArticleHtml.sanitize("<p onclick=\"x()\" style=\"color:red\"><strong>Kept</strong>"
                + "<a href=\"javascript:alert(1)\">bad</a><a href=\"https://example.com/\">good</a>"
                + "<iframe src=\"https://evil.example/\"></iframe><svg onload=\"x()\"></svg></p>");
        assertTrue(safe.startsWith("<p><strong>Kept</strong>"), safe);
        assertTrue(safe.contains("href=\"https://example.com/\""), safe);
        for (String unsafe : List.of("onclick", "style", "javascript", "iframe", "svg", "onload")) {
            assertFalse(safe.contains(unsafe), unsafe + " in " + safe);
        }
    }

    @Test
    void aSnippetMarksEveryMatchingWordAroundTheFirst() {
        Set<String> terms = ArticleWords.terms("en", "leaking");
        List<SnippetPart> parts = Snippet.of(ArticleLanguage.EN, "The seal leaks. It leaked again.", terms);
        assertEquals(
                List.of(
                        new SnippetPart("The seal ", false),
                        new SnippetPart("leaks", true),
                        new SnippetPart(". It ", false),
                        new SnippetPart("leaked", true),
                        new SnippetPart(" again.", false)),
                parts);
    }
}

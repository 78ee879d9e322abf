package com.serviceportal.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which images an article's text shows: an image serves another version's readers only then. */
class ArticleImagesShownTest {

    @Test
    void anImageIsShownByItsAddressInTheProblemOrTheSolution() {
        Article article =
                article("<p>Look:</p><img src=\"" + ArticleImage.PATH + "51\" alt=\"valve\">", "<p>Fix it.</p>");
        assertTrue(article.shows(51));
        assertTrue(article("<p>None.</p>", "<img src=\"" + ArticleImage.PATH + "7\" alt=\"a\">")
                .shows(7));
    }

    @Test
    void anImageWhoseIdOnlyStartsOrEndsTheSameIsNotShown() {
        Article article = article("<img src=\"" + ArticleImage.PATH + "51\" alt=\"valve\">", null);
        assertFalse(article.shows(5), "5 starts 51");
        assertFalse(article.shows(1), "1 ends 51");
        assertFalse(article.shows(510));
    }

    @Test
    void anImageNamedOnlyInWordsOrALinkIsNotShown() {
        assertFalse(article("<p>Image 51 is gone.</p>", "<p>" + ArticleImage.PATH + "51</p>")
                .shows(51));
        assertFalse(article("<a href=\"https://example.com" + ArticleImage.PATH + "51\">it</a>", null)
                .shows(51));
    }

    private static Article article(String problem, String solution) {
        ArticleForm form = new ArticleForm();
        form.setTitle("Valve");
        form.setCategory("Refrigeration");
        form.setProblem(problem);
        form.setSolution(solution == null ? "<p>-</p>" : solution);
        form.setVisibility(Visibility.EVERY_CUSTOMER);
        Article article = new Article("Tom Technician");
        article.apply(form, Set.of(), Instant.parse("2026-12-07T12:00:00Z"));
        return article;
    }
}

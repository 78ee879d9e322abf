package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import com.serviceportal.it.TestDriver;
import com.serviceportal.it.WebSignIn;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge base in the browser: the desk writes and publishes a Swedish article, a Swedish
 * customer finds it by another form of one of its words, reads it and says it helped. Every page
 * keeps to the window on a phone, even with a title of 200 characters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class KnowledgeBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(KnowledgeBrowserITDriver.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void theDeskPublishesAnArticleThatACustomerFindsByAnInflectedWord() {
        String mark = "prov" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String start = "Glasdörren på displaykylen immar igen " + mark;
        // a title of the longest length, with a long unbroken word, must not widen a phone's page
        String title = (start + " efter rengöring med fel medel Avfrostningstermostatinställningsproblem"
                                + " vid hög luftfuktighet i butiken under sommarmånaderna och när dörren står öppen länge")
                        .substring(0, 199)
                + ".";
        String[] written = {null};
        try (Browser desk = Browser.open(base, "en")) {
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            new PlainPage(desk);
            KnowledgePages.ArticleForm form = KnowledgePages.ArticleForm.open(desk);
            desk.screenshot("desk-knowledge-new-desktop");
            form = form.write(
                            title,
                            "Kyla",
                            "Glasdörren på kyldisken immar igen och varorna syns inte.",
                            "Torka av dörrlisten och kontrollera att dörrvärmen är påslagen.")
                    .language("Swedish");
            desk.screenshot("desk-knowledge-edit-desktop");
            form = form.press("publish");
            written[0] = form.id();
            assertTrue(form.messages().contains("is published"), form.messages());
            assertEquals("Published", form.state());
            phoneWidth(desk, "desk-knowledge-edit");

            PlainPage preview = form.preview();
            assertTrue(preview.text().contains("Torka av dörrlisten"), preview.text());
            phoneWidth(desk, "desk-knowledge-preview");

            desk.go("desk/knowledge/list.xhtml");
            PlainPage list = new PlainPage(desk);
            assertTrue(list.text().contains(mark), "the desk's list shows the new article");
            phoneWidth(desk, "desk-knowledge-list");

            try (Browser customer = Browser.open(base, "sv")) {
                SignInPage.open(customer).signIn(SITE_CONTACT, PASSWORD);
                new PlainPage(customer);
                new TopMenu(customer).choose("helpDesk");
                KnowledgePages.KnowledgeBase kb = new KnowledgePages.KnowledgeBase(customer);
                phoneWidth(customer, "portal-knowledge-index");

                kb = kb.search("glasdörrar som immar");
                assertTrue(
                        kb.titles().stream().anyMatch(t -> t.startsWith(start)),
                        kb.titles().toString());
                List<String> marked = kb.marked(start);
                assertTrue(marked.contains("Glasdörren") && marked.contains("immar"), marked.toString());
                phoneWidth(customer, "portal-knowledge-search");

                KnowledgePages.Article article = kb.open(start);
                assertTrue(article.solution().contains("dörrvärmen"), article.solution());
                phoneWidth(customer, "portal-knowledge-article");
                assertTrue(article.answer(true).contains("Tack"));
                customer.screenshot("portal-knowledge-answered-desktop");
                NewCasePage newCase = article.raiseCase();
                assertEquals(title, newCase.valueOf("newCase:summary"), "the article's title is the case's summary");
            }
            phoneWidth(desk, "desk-knowledge-list-after");
        } finally {
            if (written[0] != null) {
                archive(written[0]);
            }
        }
    }

    /**
     * The desk adds a Swedish version to an English article and publishes it; a Swedish customer's
     * search finds the Swedish version only, whose page leads to the English one.
     */
    @Test
    public void theDeskAddsASwedishVersionThatASwedishCustomerReads() {
        String mark = "lang" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String english = "Display cooler door mists up " + mark;
        String swedish = "Displaykylens dörr immar igen " + mark;
        List<String> written = new ArrayList<>();
        try (Browser desk = Browser.open(base, "en")) {
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            new PlainPage(desk);
            KnowledgePages.ArticleForm form = KnowledgePages.ArticleForm.open(desk)
                    .write(english, "Refrigeration", "The glass door mists up.", "Check the door heater.")
                    .press("publish");
            written.add(form.id());

            form = form.addVersion();
            assertEquals(english, form.valueOf("article:title"), "the texts are copied for translating");
            phoneWidth(desk, "desk-knowledge-add-version");
            form = form.rewrite(swedish, "Glasdörren immar igen.", "Kontrollera dörrvärmen.")
                    .press("publish");
            written.add(form.id());
            assertEquals("Published", form.state());
            assertEquals(english, form.otherVersion(), "the Swedish version links to the English one");
            phoneWidth(desk, "desk-knowledge-version");

            desk.go("desk/knowledge/list.xhtml");
            PlainPage list = new PlainPage(desk);
            assertTrue(list.text().contains("also in Swedish") && list.text().contains("also in English"), list.text());
            phoneWidth(desk, "desk-knowledge-list-versions");

            try (Browser customer = Browser.open(base, "sv")) {
                SignInPage.open(customer).signIn(SITE_CONTACT, PASSWORD);
                new PlainPage(customer);
                new TopMenu(customer).choose("helpDesk");
                KnowledgePages.KnowledgeBase kb = new KnowledgePages.KnowledgeBase(customer).search(mark);
                assertEquals(List.of(swedish), kb.titles(), "one result, in the customer's language");
                phoneWidth(customer, "portal-knowledge-search-versions");

                KnowledgePages.Article article = kb.open(swedish);
                assertEquals("Read in English", article.readIn());
                phoneWidth(customer, "portal-knowledge-article-versions");
                article = article.readOtherLanguage();
                assertTrue(article.solution().contains("door heater"), article.solution());
                assertEquals("Läs på svenska", article.readIn());
                customer.screenshot("portal-knowledge-article-english-desktop");
            }
        } finally {
            written.forEach(this::archive);
        }
    }

    /**
     * An article's address answers "not found" for anyone who may not read it, just as an article
     * that does not exist. The demo articles (db/demo V15): 5 is chosen for Nordic Foods, 9 for
     * Baltic Marine, 18 is for staff only and 19 a draft.
     */
    @Test
    public void anArticleACustomerMayNotReadIsNotFoundByItsAddress() throws Exception {
        HttpClient mark = WebSignIn.signedIn(base, OTHER_COMPANY_CONTACT, PASSWORD);
        assertEquals(200, status(mark, 9), "chosen for Baltic Marine");
        for (long id : List.of(5L, 18L, 19L, 999_999L)) {
            assertEquals(404, status(mark, id), "article " + id);
        }
        HttpClient sven = WebSignIn.signedIn(base, SITE_CONTACT, PASSWORD);
        assertEquals(200, status(sven, 5), "chosen for the site's company");
        assertEquals(404, status(sven, 9), "chosen for another company");
    }

    /** A page lists at most 50 articles; a category with more says so instead of hiding the rest. */
    @Test
    public void aCategoryOrSearchWithMoreArticlesThanAPageListsSaysSo() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String category = "Shelf " + word;
        String ids = TestDriver.at(base, "knowledge-shelf").post("shelve", "category", category, "articles", "51");
        String[] shelved = ids.split(",");
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser);
            KnowledgePages.KnowledgeBase shelf = openCategory(browser, category);
            assertEquals(50, shelf.titles().size());
            assertEquals(
                    "The 50 most read of the 51 articles in this category are listed. Search to find the others.",
                    shelf.more());
            browser.screenshot("knowledge-category-more");
            KnowledgePages.KnowledgeBase found = shelf.search(word);
            assertEquals(50, found.titles().size());
            assertEquals("The 50 best matches are listed. Add words to narrow the search.", found.more());

            // one article fewer: the page lists them all and says nothing more
            TestDriver.at(base, "knowledge-shelf").post("archive", "ids", shelved[0]);
            shelf = openCategory(browser, category);
            assertEquals(50, shelf.titles().size());
            assertFalse(shelf.saysMore(), "a category of 50 is listed whole");
            found = shelf.search(word);
            assertEquals(50, found.titles().size());
            assertFalse(found.saysMore(), "a search that found 50 found them all");
        } finally {
            TestDriver.at(base, "knowledge-shelf").post("archive", "ids", ids.substring(ids.indexOf(',') + 1));
        }
    }

    private static KnowledgePages.KnowledgeBase openCategory(Browser browser, String category) {
        browser.go("portal/knowledge/index.xhtml?category=" + URLEncoder.encode(category, StandardCharsets.UTF_8));
        return new KnowledgePages.KnowledgeBase(browser);
    }

    private int status(HttpClient session, long article) {
        return WebSignIn.status(session, base, "/portal/knowledge/article.xhtml?id=" + article);
    }

    /** Takes the test's article away from readers again. */
    private void archive(String id) {
        try (Browser desk = Browser.open(base, "en")) {
            desk.checkEachPage(false);
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            new PlainPage(desk);
            KnowledgePages.ArticleForm.open(desk, id).press("archive");
        }
    }

    /** Screenshots the page at desktop and phone width, and checks that nothing reaches past a phone's edge. */
    private static void phoneWidth(Browser browser, String name) {
        browser.screenshot(name + "-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot(name + "-phone");
        List<String> outside = browser.outsideTheWindow();
        browser.resize(Browser.DESKTOP);
        assertEquals(List.of(), outside, name + " at phone width");
    }
}

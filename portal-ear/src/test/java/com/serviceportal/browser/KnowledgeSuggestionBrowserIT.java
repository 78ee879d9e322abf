package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
 * A customer typing a new case's summary is shown an article that answers it, reads it over the
 * form, goes back to the form as typed, and then says the article solved the problem: no case is
 * raised, and the desk's figures count one case avoided. A case raised from the article page later
 * counts as raised after reading it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class KnowledgeSuggestionBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void anArticleSuggestedWhileTypingSolvesTheProblemWithoutACase() {
        String mark = "sug" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String title = "Walk-in cold room door springs open " + mark;
        try (Browser desk = Browser.open(base, "en")) {
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            new PlainPage(desk);
            String id = null;
            try {
                KnowledgePages.ArticleForm article = KnowledgePages.ArticleForm.open(desk)
                        .write(
                                title,
                                "Cold rooms",
                                "The door of the walk-in cold room springs open again after it is shut.",
                                "Loosen the door closer's arm and turn its spring one notch tighter.")
                        .press("publish");
                id = article.id();
                SuggestionPages.Figures figures = new SuggestionPages.Figures(desk, id);
                assertTrue(figures.text().contains("No customer has read this article yet."), figures.text());
                desk.scrollTo("#figures");
                desk.screenshot("desk-knowledge-figures-empty-desktop");

                try (Browser customer = Browser.open(base, "en")) {
                    SignInPage.open(customer).signIn(COMPANY_CONTACT, PASSWORD);
                    new PlainPage(customer);
                    CaseListPage list = CaseListPage.open(customer);
                    List<String> casesBefore = list.caseNumbers();
                    list.raiseCase();

                    String typed = "Cold room door " + mark + " will not stay shut";
                    SuggestionPages.SuggestingForm form = new SuggestionPages.SuggestingForm(customer).type(typed);
                    assertTrue(form.suggestedWith(mark).contains(title), "suggested: " + form.suggestedWith(mark));
                    assertTrue(form.announced().contains("may answer this"), form.announced());
                    customer.assertAccessible("suggestions shown");
                    screenshots(customer, "portal-new-case-suggestions", "[id='newCase:summary']");

                    SuggestionPages.SuggestedArticle read = form.open(mark);
                    assertEquals(title, read.title());
                    assertTrue(read.solution().contains("door closer"), read.solution());
                    customer.assertAccessible("suggested article open");
                    screenshots(customer, "portal-new-case-suggested-article", null);

                    form = read.back();
                    assertEquals(typed, form.summary(), "the form is as it was typed");
                    List<String> refused = customer.console().stream()
                            .filter(message -> message.contains("Content Security Policy"))
                            .toList();
                    assertEquals(List.of(), refused, "the suggestions' scripts run under the page's policy");

                    String thanks = form.open(mark).solved();
                    assertTrue(thanks.contains("No case was raised"), thanks);
                    screenshots(customer, "portal-knowledge-solved", null);

                    CaseListPage after = CaseListPage.open(customer);
                    assertEquals(casesBefore, after.caseNumbers(), "no case was raised");
                    assertTrue(after.search(mark).caseNumbers().isEmpty(), "no case with the typed summary");
                }

                figures = new SuggestionPages.Figures(desk, id);
                assertEquals(YearMonth.now(ZoneOffset.UTC).toString(), figures.latestMonth());
                assertEquals("2", figures.latest("views"), "opened twice over the form");
                assertEquals("1", figures.latest("helped-yes"));
                assertEquals("1", figures.latest("cases-avoided"));
                assertEquals("0", figures.latest("cases-raised"));

                // "Raise a case" on the article page: the case raised after reading it is counted too
                try (Browser customer = Browser.open(base, "en")) {
                    SignInPage.open(customer).signIn(COMPANY_CONTACT, PASSWORD);
                    new PlainPage(customer);
                    customer.go("portal/knowledge/article.xhtml?id=" + id);
                    NewCasePage raised = new KnowledgePages.Article(customer).raiseCase();
                    raised.save();
                    assertTrue(raised.confirmation().contains("has been raised"), raised.confirmation());
                }
                figures = new SuggestionPages.Figures(desk, id);
                assertEquals("1", figures.latest("cases-raised"), "raised after reading the article");
                assertEquals("1", figures.latest("cases-avoided"));
                screenshots(desk, "desk-knowledge-figures", "#figures");
            } finally {
                // the test's article is taken away from readers again
                if (id != null) {
                    desk.checkEachPage(false);
                    KnowledgePages.ArticleForm.open(desk, id).press("archive");
                }
            }
        }
    }

    /**
     * The page at desktop and phone width, scrolled to what the selector finds (if one is given); on
     * a phone nothing may reach past the window's edge.
     */
    private static void screenshots(Browser browser, String name, String scrollTo) {
        if (scrollTo != null) {
            browser.scrollTo(scrollTo);
        }
        browser.screenshot(name + "-desktop");
        browser.resize(Browser.PHONE);
        try {
            if (scrollTo != null) {
                browser.scrollTo(scrollTo);
            }
            browser.screenshot(name + "-phone");
            assertEquals(List.of(), browser.outsideTheWindow(), name + " at phone width");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }
}

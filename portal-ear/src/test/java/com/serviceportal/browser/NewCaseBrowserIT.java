package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** What a person does in the portal, in a real headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class NewCaseBrowserIT {

    /** A replicated session is sent on every request in a cluster, so it must stay small (issue 16: 20 KB). */
    private static final int SESSION_BUDGET_BYTES = 20 * 1024;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(NewCaseBrowserITSessionSize.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void siteContactRaisesACaseThatAnotherCompanyCannotOpen() {
        String summary =
                "Freezer 2 is warming up " + UUID.randomUUID().toString().substring(0, 8);
        long number;
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("portal/cases/list.xhtml");
            new SignInPage(browser).signIn(SITE_CONTACT, PASSWORD);
            CaseListPage list = new CaseListPage(browser);
            assertEquals("Cases", list.heading(), "signed in, the contact is taken to the page it asked for");
            browser.screenshot("portal-case-list-desktop");

            NewCasePage form = list.raiseCase();
            form.save();
            assertTrue(form.summaryError().contains("Summary"), "saving without a summary is refused");
            form.summary(summary).severity("High").description("Temperature rose from -18 to -9 overnight.");
            browser.screenshot("portal-new-case-desktop");
            form.save();
            assertTrue(form.confirmation().contains("has been raised"), form.confirmation());
            number = form.raisedNumber();
            browser.screenshot("portal-new-case-confirmation");

            CaseListPage after = form.backToCases();
            assertTrue(after.caseNumbers().contains(Long.toString(number)), "the new case is in the list");
            assertTrue(after.text().contains(summary));

            browser.go("portal/cases/detail.xhtml?number=" + number);
            assertEquals(
                    summary,
                    browser.driver().findElement(By.id("edit:summary")).getAttribute("value"),
                    "the case page opens with the customer's summary ready to edit");
            assertEquals(
                    "New", browser.driver().findElement(By.id("case-status")).getText());
            assertEquals(
                    "High", browser.driver().findElement(By.id("case-severity")).getText());
            browser.screenshot("portal-case-detail-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("portal-case-detail-phone");
            CaseListPage.open(browser);
            browser.screenshot("portal-case-list-phone");
            browser.go("portal/cases/new.xhtml");
            browser.screenshot("portal-new-case-phone");
            CaseListPage.open(browser).signOut();
        }

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(OTHER_COMPANY_CONTACT, PASSWORD);
            CaseListPage list = new CaseListPage(browser);
            assertFalse(list.caseNumbers().contains(Long.toString(number)));

            browser.go("portal/cases/detail.xhtml?number=" + number);
            String page = browser.driver().findElement(By.tagName("main")).getText();
            assertTrue(page.contains("Not found"), page);
            assertFalse(page.contains(summary), "nothing of the case is shown");
            browser.screenshot("portal-case-not-found");
        }
    }

    @Test
    public void aContactCancelsItsCaseOnlyAfterConfirming() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            form.summary("Raised by mistake " + UUID.randomUUID().toString().substring(0, 8))
                    .save();
            CasePage page = CasePage.openAsCustomer(browser, form.raisedNumber());
            assertEquals("New", page.cancel(false).status(), "saying no to the question changes nothing");
            page = page.cancel(true);
            assertEquals("Cancelled", page.status());
            assertTrue(page.message().contains("The case has been cancelled."), page.message());
            assertFalse(page.canEdit(), "a cancelled case can no longer be edited");
        }
    }

    @Test
    public void anotherCompanysContactsAreNeverFoundByTyping() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(OTHER_COMPANY_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            assertTrue(form.filter("contact", "anna").isEmpty(), "another company's contacts are never offered");
        }
    }

    @Test
    public void signInRenewsTheSessionIdAndSignOutEndsTheSession() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage signIn = SignInPage.open(browser);
            String before =
                    browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            signIn.signIn(SITE_CONTACT, PASSWORD);
            CaseListPage list = new CaseListPage(browser);
            String after =
                    browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertFalse(before.equals(after), "a session id known before sign-in is worthless after it");

            list.signOut();
            assertEquals("Sign in", new SignInPage(browser).heading());
            browser.go("portal/cases/list.xhtml");
            assertEquals("Sign in", new SignInPage(browser).heading(), "signed out, the cases need a new sign-in");
        }
    }

    @Test
    public void theCaseIsForTheUserUnlessAColleagueIsFoundByTyping() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            assertTrue(form.chosenContact().startsWith("Anna"), "the user first: " + form.chosenContact());
            List<String> found = form.filter("contact", "sven");
            assertTrue(found.stream().anyMatch(label -> label.startsWith("Sven Berg")), found::toString);
            assertTrue(found.stream().allMatch(label -> label.toLowerCase().contains("sven")), found::toString);
            form.contact("Sven Berg");
            assertTrue(form.chosenContact().startsWith("Sven Berg"), form.chosenContact());
        }
    }

    @Test
    public void customerSessionStaysSmall() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser).raiseCase();
            browser.go("it/session-size");
            String report = browser.driver().findElement(By.tagName("body")).getText();
            long bytes = Long.parseLong(report.lines().findFirst().orElseThrow().strip());
            System.out.printf(
                    "Serialized HTTP session after the case list and the new-case form: %d bytes%n%s%n", bytes, report);
            assertTrue(bytes > 0, "a signed-in customer has a session");
            assertTrue(bytes <= SESSION_BUDGET_BYTES, "session of " + bytes + " bytes is over budget");
        }
    }

    @Test
    public void languageFollowsTheBrowserAndCanBeChanged() {
        try (Browser browser = Browser.open(base, "sv")) {
            SignInPage swedish = SignInPage.open(browser);
            assertEquals("Logga in", swedish.heading());
            browser.screenshot("signin-swedish");
            SignInPage english = swedish.chooseLanguage("English");
            assertEquals("Sign in", english.heading());
            english.signIn(SITE_CONTACT, PASSWORD);
            assertEquals("Cases", new CaseListPage(browser).heading(), "the choice lasts after signing in");
        }
    }

    @Test
    public void deskSeesEveryCustomerAndCustomersCannotOpenTheDesk() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            CaseListPage queue = new CaseListPage(browser);
            assertEquals("Case queue", queue.heading());
            assertTrue(queue.text().contains("Nordic Foods AB"));
            assertTrue(queue.text().contains("Baltic Marine Ltd"));
            browser.screenshot("desk-queue-desktop");
            browser.driver()
                    .findElements(By.cssSelector(".case-table a.case-link"))
                    .get(0)
                    .click();
            assertTrue(browser.driver().findElement(By.id("case-number")).isDisplayed());
            browser.screenshot("desk-case-desktop");
        }
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.go("desk/cases/queue.xhtml");
            assertTrue(
                    browser.driver().findElement(By.tagName("main")).getText().contains("Not found"));
        }
    }
}

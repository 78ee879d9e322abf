package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import com.serviceportal.it.TestDriver;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
import org.openqa.selenium.WindowType;

/** Finding cases in the customer's list and the desk's queue, in a real headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CaseListBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(
                CaseListBrowserITDriver.class, NewCaseBrowserITSessionSize.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void customerFiltersAndSortsTheList() {
        String tag = tag();
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            String oven = raise(browser, tag + " Oven door does not close", "High");
            String mixer = raise(browser, tag + " Mixer makes a grinding noise", "Low");
            String sheeter = raise(browser, tag + " Dough sheeter stops", "Critical");

            CaseListPage list = CaseListPage.open(browser);
            list.search(tag).waitForNumbers(List.of(sheeter, mixer, oven));
            assertTrue(list.text().contains(tag + " Oven door does not close"));
            browser.screenshot("portal-case-list-search-desktop");

            list.sortBy("Severity").waitForNumbers(List.of(sheeter, oven, mixer));
            list.sortBy("Severity").waitForNumbers(List.of(mixer, oven, sheeter));
            list.sortBy("Case").waitForNumbers(List.of(oven, mixer, sheeter));
            list.sortBy("Summary").waitForNumbers(List.of(sheeter, mixer, oven));

            list.tick("severity", "Low").waitForNumbers(List.of(mixer));
            browser.screenshot("portal-case-list-filtered-desktop");
            list.tick("severity", "Low").waitForNumbers(List.of(sheeter, mixer, oven));

            list.pickFilter("site", "Nordic Foods Malmö warehouse").waitForNumbers(List.of());
            assertTrue(list.emptyText().contains("No cases match"), list.emptyText());
            browser.screenshot("portal-case-list-empty-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("portal-case-list-empty-phone");
            list.pickFilter("site", "All sites").waitForNumbers(List.of(sheeter, mixer, oven));
            browser.screenshot("portal-case-list-search-phone");

            list.search("").toggleComplete();
            browser.resize(Browser.DESKTOP);
            browser.screenshot("portal-case-list-all-desktop");
        }
    }

    @Test
    public void customerPagesThroughTheListWhileCasesArrive() {
        String tag = tag();
        TestDriver driver = TestDriver.at(base, "case-list");
        List<String> raised = new ArrayList<>(
                List.of(driver.post("raise", "user", SITE_CONTACT, "summary", tag + " Shelf label", "count", "23")
                        .split(",")));
        Collections.reverse(raised);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            CaseListPage list = CaseListPage.open(browser);
            list.search(tag).waitForNumbers(raised.subList(0, 20));

            String arrived = driver.post("raise", "user", SITE_CONTACT, "summary", tag + " Late arrival", "count", "1");
            list.nextPage().waitForNumbers(raised.subList(20, 23));
            browser.screenshot("portal-case-list-second-page-desktop");

            List<String> firstPageNow = new ArrayList<>(List.of(arrived));
            firstPageNow.addAll(raised.subList(0, 19));
            list.previousPage().waitForNumbers(firstPageNow);
            list.nextPage().waitForNumbers(raised.subList(19, 23));
        }
    }

    @Test
    public void theListKeepsItsOrderFromPageToPageAndKeepsNoViewInTheSession() {
        String tag = tag();
        List<String> raised = List.of(TestDriver.at(base, "case-list")
                .post("raise", "user", SITE_CONTACT, "summary", tag + " Pallet wrap", "count", "23")
                .split(","));
        List<String> newestFirst = new ArrayList<>(raised);
        Collections.reverse(newestFirst);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            long viewsBefore = keptViews(browser);
            assertTrue(viewsBefore > 0, "the sign-in page's view is kept, so the session's views are found");

            CaseListPage list = CaseListPage.open(browser);
            list.search(tag).waitForNumbers(newestFirst.subList(0, 20));
            list.sortBy("Case").waitForNumbers(raised.subList(0, 20));
            list.nextPage().waitForNumbers(raised.subList(20, 23));
            assertEquals("ascending", list.sortOf("Case"), "the order shown stays marked");
            list.previousPage().waitForNumbers(raised.subList(0, 20));
            list.nextPage().waitForNumbers(raised.subList(20, 23));
            CaseListPage.open(browser);

            assertEquals(viewsBefore, keptViews(browser), "reading the list keeps no view in the session");
        }
    }

    @Test
    public void aListLeftOpenInATabStillSortsAfterMoreOtherPagesThanTheSessionKeeps() {
        String tag = tag();
        List<String> raised = List.of(TestDriver.at(base, "case-list")
                .post("raise", "user", SITE_CONTACT, "summary", tag + " Label printer", "count", "3")
                .split(","));
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            CaseListPage list = CaseListPage.open(browser);
            list.search(tag).waitForNumbers(List.of(raised.get(2), raised.get(1), raised.get(0)));
            String listTab = browser.driver().getWindowHandle();

            // the session keeps the views of the last eight pages opened (web.xml)
            browser.driver().switchTo().newWindow(WindowType.TAB);
            for (int i = 0; i < 10; i++) {
                browser.go("portal/cases/new.xhtml");
                new NewCasePage(browser);
            }
            browser.driver().close();
            browser.driver().switchTo().window(listTab);

            list.sortBy("Case").waitForNumbers(raised);
            assertEquals("ascending", list.sortOf("Case"));
        }
    }

    /** The bytes of the views the browser's session keeps (Mojarra's ServerSideStateHelper.LogicalViewMap). */
    private static long keptViews(Browser browser) {
        browser.go("it/session-size");
        return browser.driver()
                .findElement(By.tagName("body"))
                .getText()
                .lines()
                .filter(line -> line.startsWith("com.sun.faces.renderkit.ServerSideStateHelper.LogicalViewMap="))
                .mapToLong(line ->
                        Long.parseLong(line.substring(line.indexOf('=') + 1).strip()))
                .sum();
    }

    @Test
    public void deskSeesACaseRaisedByACustomerAppearWithoutReloading() {
        String tag = tag();
        try (Browser desk = Browser.open(base, "en")) {
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            CaseListPage queue = CaseListPage.openQueue(desk);
            queue.search(tag).waitForNumbers(List.of());
            assertTrue(queue.emptyText().contains("No cases match"));

            String raised;
            try (Browser customer = Browser.open(base, "en")) {
                SignInPage.open(customer).signIn(SITE_CONTACT, PASSWORD);
                raised = raise(customer, tag + " Chiller trips at night", "High");
            }

            queue.waitForNumber(raised, Duration.ofSeconds(30));
            assertTrue(queue.arrivedCue().contains("New cases arrived"), queue.arrivedCue());
            assertEquals(List.of(raised), queue.newRows(), "the new case is marked");
            desk.screenshot("desk-queue-new-case-desktop");
            desk.resize(Browser.PHONE);
            desk.screenshot("desk-queue-new-case-phone");
            desk.resize(Browser.DESKTOP);
        }
    }

    @Test
    public void theQueueOpensInTheOrderTheTechnicianChoseLast() {
        try (Browser desk = Browser.open(base, "en")) {
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            CaseListPage queue = CaseListPage.openQueue(desk);
            queue.sortBy("Summary");
            waitForSort(queue, "Summary", "ascending");
            desk.screenshot("desk-queue-desktop");

            CaseListPage again = CaseListPage.openQueue(desk);
            assertEquals("ascending", again.sortOf("Summary"), "the queue remembers the order");
            again.sortBy("Created");
            waitForSort(again, "Created", "ascending");
            again.sortBy("Created");
            waitForSort(again, "Created", "descending");
        }
    }

    private static void waitForSort(CaseListPage page, String header, String order) {
        // The sort is stored by the AJAX request that reads the sorted page: wait for that page.
        page.waitForAjax();
        assertEquals(order, page.sortOf(header));
    }

    private static String raise(Browser browser, String summary, String severity) {
        browser.go("portal/cases/new.xhtml");
        NewCasePage form = new NewCasePage(browser);
        form.summary(summary).severity(severity);
        form.save();
        return Long.toString(form.raisedNumber());
    }

    private static String tag() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}

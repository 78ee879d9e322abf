package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * What a customer does with sites: a company contact sees Job Sites with their open activities,
 * opens a site and walks its tabs; a site contact lands on its own site; the administrator hides
 * the cross-site tabs and they leave the menu.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SitesBrowserIT {

    private static final String GOTEBORG = "Nordic Foods Göteborg plant";
    /** The Göteborg plant's id in the demo data (demo V1). */
    private static final long GOTEBORG_ID = 2;

    private static final String MALMO = "Nordic Foods Malmö warehouse";
    /** Malmö's id in the demo data (db/demo V1); a client-side test cannot look it up. */
    private static final long MALMO_ID = 3;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(DemoData.class);
    }

    @ArquillianResource
    private URL base;

    /** The files a test gives the browser to upload or download, removed after the test. */
    @TempDir
    private Path folder;

    @Test
    public void companyContactSeesJobSitesWithCountsAndWalksASitesTabs() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            assertTrue(SettingsPage.topBar(browser).contains("Job Sites"), SettingsPage.topBar(browser));

            browser.driver().findElement(By.linkText("Job Sites")).click();
            JobSitesPage jobSites = new JobSitesPage(browser);
            assertEquals(List.of(GOTEBORG, MALMO), jobSites.siteNames());
            assertTrue(
                    jobSites.row(GOTEBORG).contains("Hamnvägen 12, Gate B, 417 64 Göteborg, Sweden"),
                    jobSites.row(GOTEBORG));
            assertTrue(jobSites.openCount(GOTEBORG, "invoices") >= 2, "the demo's two unpaid Göteborg invoices");
            assertTrue(jobSites.openCount(GOTEBORG, "cases") >= 1, "the demo's open conveyor case");
            assertEquals(1, jobSites.openCount(MALMO, "invoices"));
            browser.screenshot("sites-list-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("sites-list-phone");
            browser.resize(Browser.DESKTOP);

            SitePage site = jobSites.choose(GOTEBORG);
            assertEquals(GOTEBORG, site.siteName());
            assertTrue(site.address().contains("Göteborg"), site.address());
            assertTrue(site.hasBackLink(), "a company contact can go back to all sites");
            assertEquals(
                    List.of("Cases", "Service orders", "Install orders", "Equipment", "Documents", "Invoices"),
                    site.tabs());
            assertTrue(site.content().contains("Tom Technician"), "the account manager");
            browser.screenshot("site-page-desktop");

            SitePage cases = site.tab("Cases");
            assertEquals(GOTEBORG, cases.siteName(), "the case list shows the site's header");
            assertTrue(cases.content().contains("Conveyor 3 stops after ten minutes"), cases.content());
            assertFalse(cases.content().contains("Cold room door alarm"), "the Malmö case is filtered out");

            SitePage documents = cases.tab("Documents");
            assertTrue(documents.content().contains("Site safety instructions"), documents.content());
            assertTrue(documents.content().contains("Price list 2026"), "the company's document too");
            assertFalse(documents.content().contains("Draft maintenance plan"), "unpublished");
            browser.screenshot("site-documents-desktop");

            SitePage invoices = documents.tab("Invoices");
            String overdue = invoices.rows().stream()
                    .filter(r -> r.contains("INV-26014"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(overdue.contains("Overdue"), overdue);
            String paid = invoices.rows().stream()
                    .filter(r -> r.contains("INV-26001"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(paid.contains("Paid"), paid);
            browser.screenshot("site-invoices-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("site-invoices-phone");
        }
    }

    @Test
    public void siteContactGoesStraightToItsOwnSiteAndNoOther() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser);
            assertTrue(SettingsPage.topBar(browser).contains("My site"), SettingsPage.topBar(browser));

            browser.go("portal/sites/list.xhtml");
            SitePage site = new SitePage(browser);
            assertEquals(GOTEBORG, site.siteName(), "Job Sites sends a site contact to its site");
            assertFalse(site.hasBackLink(), "there is no list of sites to go back to");
            browser.resize(Browser.PHONE);
            browser.screenshot("site-page-site-contact-phone");

            browser.go("portal/sites/invoices.xhtml?site=" + MALMO_ID);
            assertEquals(
                    "Not found",
                    browser.driver().findElement(By.cssSelector("main h1")).getText());
            browser.go("portal/cases/list.xhtml?site=" + MALMO_ID);
            assertEquals(
                    "Not found",
                    browser.driver().findElement(By.cssSelector("main h1")).getText());
            assertFalse(browser.driver().getPageSource().contains("INV-26031"), "nothing of Malmö is shown");
        }
    }

    @Test
    public void hidingATabRemovesItFromTheMenu() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            SettingsPage tabs = SettingsPage.open(browser, "portal-tabs");
            assertEquals("Portal tabs", tabs.heading());
            try {
                tabs = tabs.check("tabs:allOpenOrders", false)
                        .check("tabs:helpDesk", false)
                        .press("tabs:save");
                assertTrue(tabs.messages().contains("The portal tabs have been saved."), tabs.messages());
                browser.screenshot("desk-portal-tabs-desktop");
                browser.resize(Browser.PHONE);
                browser.screenshot("desk-portal-tabs-phone");
                browser.resize(Browser.DESKTOP);

                try (Browser customer = Browser.open(base, "en")) {
                    SignInPage.open(customer).signIn(COMPANY_CONTACT, PASSWORD);
                    new CaseListPage(customer);
                    String menu = SettingsPage.topBar(customer);
                    assertFalse(menu.contains("All open orders"), menu);
                    assertFalse(menu.contains("Help desk"), menu);
                    assertTrue(menu.contains("All open cases"), menu);
                }
            } finally {
                SettingsPage.open(browser, "portal-tabs")
                        .check("tabs:allOpenOrders", true)
                        .check("tabs:helpDesk", true)
                        .press("tabs:save");
            }
            try (Browser customer = Browser.open(base, "en")) {
                SignInPage.open(customer).signIn(COMPANY_CONTACT, PASSWORD);
                new CaseListPage(customer);
                String menu = SettingsPage.topBar(customer);
                assertTrue(menu.contains("All open orders") && menu.contains("Help desk"), menu);
            }
        }
    }

    @Test
    public void hidingASiteTabAndTheButtonsRemovesThemFromTheSitesPages() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            try {
                SettingsPage tabs = SettingsPage.open(browser, "portal-tabs")
                        .tick("tabs:siteTabs", "invoices", false)
                        .check("tabs:raiseCaseButton", false)
                        .check("tabs:requestServiceButton", false)
                        .press("tabs:save");
                assertTrue(tabs.messages().contains("The portal tabs have been saved."), tabs.messages());
                browser.screenshot("desk-portal-tabs-site-tabs-desktop");

                try (Browser sven = Browser.open(base, "en")) {
                    SignInPage.open(sven).signIn(SITE_CONTACT, PASSWORD);
                    new CaseListPage(sven);
                    assertTrue(sven.driver().findElements(By.id("raise")).isEmpty(), "no Raise a case button");
                    sven.go("portal/sites/site.xhtml?id=" + GOTEBORG_ID);
                    PlainPage site = new PlainPage(sven);
                    assertTrue(site.text().contains("Documents"), site.text());
                    assertFalse(
                            site.text().toLowerCase(Locale.ROOT).contains("invoice"),
                            "the invoices tab and count are hidden: " + site.text());
                    assertTrue(sven.driver()
                            .findElements(By.cssSelector("[id$='siteTabInvoices']"))
                            .isEmpty());
                    sven.go("portal/orders/list.xhtml?site=" + GOTEBORG_ID + "&type=SERVICE");
                    new PlainPage(sven);
                    assertTrue(
                            sven.driver()
                                    .findElements(By.cssSelector("[id$='requestService']"))
                                    .isEmpty(),
                            "no Request service button");
                    sven.go("portal/sites/invoices.xhtml?site=" + GOTEBORG_ID);
                    assertEquals("Invoices", new PlainPage(sven).heading(), "a hidden tab's page stays reachable");
                }
            } finally {
                SettingsPage.open(browser, "portal-tabs")
                        .tick("tabs:siteTabs", "invoices", true)
                        .check("tabs:raiseCaseButton", true)
                        .check("tabs:requestServiceButton", true)
                        .press("tabs:save");
            }
            try (Browser sven = Browser.open(base, "en")) {
                SignInPage.open(sven).signIn(SITE_CONTACT, PASSWORD);
                new CaseListPage(sven);
                sven.go("portal/sites/site.xhtml?id=" + GOTEBORG_ID);
                assertFalse(
                        sven.driver()
                                .findElements(By.cssSelector("[id$='siteTabInvoices']"))
                                .isEmpty(),
                        "shown again");
            }
        }
    }

    @Test
    public void deskImportsInvoicesAndPublishesADocumentThatTheSiteThenShows() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String good = "INV-B" + suffix;
        Path bad = folder.resolve("invoices-with-problems.csv");
        Files.writeString(
                bad,
                "invoice number,account number,date,amount,due date,paid\n"
                        + good + ",NF1000-GBG,2026-10-01,300.00,2026-10-31,no\n"
                        + "INV-X" + suffix + ",NF1000-GBG,1 Oct,300.00,2026-10-31,no\n"
                        + "INV-Y" + suffix + ",NF1000-GBG,2026-10-01,300.00,2026-10-31,perhaps\n"
                        + "INV-Z" + suffix + ",NOBODY,2026-10-01,300.00,2026-10-31,no\n");
        Path fixed = folder.resolve("invoices.csv");
        Files.writeString(
                fixed,
                "invoice number,account number,date,amount,due date,paid\n" + good
                        + ",NF1000-GBG,2026-10-01,300.00,2026-10-31,no\n");
        String title = "Service report " + suffix;
        Path report = folder.resolve("report.txt");
        Files.writeString(report, "All conveyors serviced.");
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            DeskInvoicesPage invoices =
                    DeskInvoicesPage.open(browser, "NF1000-GBG").importFile(bad);
            String rejected = invoices.messageBeside("import:file");
            assertTrue(rejected.contains("Nothing was imported: 3 problems"), rejected);
            assertEquals(
                    List.of(
                            "Line 3: the date \"1 Oct\" is not a date (YYYY-MM-DD).",
                            "Line 4: paid \"perhaps\" is neither yes nor no.",
                            "Line 5: no customer has the account number NOBODY."),
                    invoices.problems());
            browser.screenshot("desk-invoices-import-problems-desktop");
            invoices = invoices.importFile(fixed);
            assertTrue(invoices.messages().contains("One invoice has been imported."), invoices.messages());
            assertTrue(invoices.row(good).contains("Overdue"), invoices.row(good));
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-invoices-phone");
            browser.resize(Browser.DESKTOP);

            DeskDocumentsPage documents =
                    DeskDocumentsPage.open(browser, "NF1000-GBG").upload("NF1000-GBG", title, report);
            assertTrue(documents.messages().contains("has been uploaded"), documents.messages());
            assertTrue(documents.row(title).contains("Not published"), documents.row(title));
            documents = documents.publish(title);
            browser.screenshot("desk-documents-desktop");
        }
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.go("portal/sites/list.xhtml");
            SitePage site = new SitePage(browser).tab("Documents");
            assertTrue(site.content().contains(title), site.content());
            SitePage invoices = site.tab("Invoices");
            assertTrue(invoices.rows().stream().anyMatch(r -> r.contains(good)), "the imported invoice");
        }
    }
}

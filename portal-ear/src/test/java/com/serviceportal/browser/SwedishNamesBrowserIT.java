package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The names the desk gives (statuses, fault codes...) in the language of the page: a case raised
 * in English reads in Swedish at the desk and in the portal, its history in words rather than
 * constants, and invoices keep the one date style with the reader's decimal comma.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SwedishNamesBrowserIT {

    /** The Göteborg plant's id in the demo data (db/demo V1); a client-side test cannot look it up. */
    private static final long GOTEBORG_ID = 2;

    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void aCaseReadsInSwedishWithAReadableHistory() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long number;
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            form.faultCode("Temperature too high").severity("High");
            form.summary("Freezer 2 hums at night " + tag);
            form.save();
            number = form.raisedNumber();
            CasePage page = CasePage.openAsCustomer(browser, number);
            assertEquals("New", page.status());
            assertEquals("Temperature too high", page.fact("case-fault-code"));
            CaseListPage.open(browser).signOut();
        }

        try (Browser browser = Browser.open(base, "sv")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            CasePage desk = CasePage.openAtDesk(browser, number);
            assertEquals("Ny", desk.status());
            assertEquals("För hög temperatur", desk.fact("case-fault-code"));
            desk = desk.work("Pågår", "Medel");
            assertEquals("Pågår", desk.status());
            assertTrue(
                    desk.history().contains("Status Ny Pågår"), desk.history().toString());
            assertTrue(
                    desk.history().contains("Allvarlighetsgrad Hög Medel"),
                    desk.history().toString());
            browser.scrollTo(".case-history");
            browser.screenshot("desk-case-history-swedish-desktop");

            CaseListPage queue = CaseListPage.openQueue(browser).search(tag);
            queue.waitForNumber(Long.toString(number), java.time.Duration.ofSeconds(10));
            String row = queue.rowText(Long.toString(number));
            assertTrue(row.contains("Pågår"), row);
            queue.signOut();
        }

        try (Browser browser = Browser.open(base, "sv")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser);
            CasePage page = CasePage.openAsCustomer(browser, number);
            assertEquals("Pågår", page.status());
            assertEquals("För hög temperatur", page.fact("case-fault-code"));
            browser.screenshot("portal-case-swedish-desktop");
        }
    }

    @Test
    public void administratorNamesATeamInEnglishAndSwedish() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String english = "Ice makers " + tag;
        String swedish = "Ismaskiner " + tag;
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            SettingsPage teams = SettingsPage.open(browser, "teams")
                    .fill("editor:name", english)
                    .fill("editor:nameSv", swedish)
                    .press("editor:save");
            String row = teams.rows("list:entries").stream()
                    .filter(r -> r.contains(english))
                    .findFirst()
                    .orElseThrow();
            assertTrue(row.contains(swedish), "the list shows both names: " + row);
            teams = teams.edit("list:entries", english);
            assertEquals(swedish, teams.value("editor:nameSv"), "the form shows the Swedish name to change");
            browser.screenshot("desk-settings-teams-swedish-desktop");

            teams = teams.delete("list:entries", english);
            assertTrue(teams.rows("list:entries").stream().noneMatch(r -> r.contains(english)));
        }
    }

    @Test
    public void invoicesShowIsoDatesAndTheReadersDecimals() {
        for (String language : new String[] {"en", "sv"}) {
            try (Browser browser = Browser.open(base, language)) {
                SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
                new CaseListPage(browser);
                browser.go("portal/sites/invoices.xhtml?site=" + GOTEBORG_ID);
                SitePage invoices = new SitePage(browser);
                String row = invoices.rows().stream()
                        .filter(r -> r.contains("INV-26014"))
                        .findFirst()
                        .orElseThrow();
                assertEquals(2, ISO_DATE.matcher(row).results().count(), "invoice and due date as ISO: " + row);
                String amount = "en".equals(language) ? "4,380.50" : "4 380,50";
                assertTrue(row.replace('\u00a0', ' ').replace('\u202f', ' ').contains(amount), row);
                browser.screenshot("site-invoices-" + language + "-desktop");
            }
        }
    }
}

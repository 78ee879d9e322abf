package com.serviceportal.browser;

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

/**
 * A customer and a technician with one case open at once, each in a headless Chromium of their own:
 * a note from a page opened before the other changed the status adds the note but keeps that status,
 * and a save refused for a change made meanwhile shows the case as it now stands beside what was
 * typed, and saves on the second try. Each test raises a case of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CaseConflictBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void customersNoteFromAnOlderPageKeepsTheStatusTheDeskSetMeanwhile() {
        String tag = tag();
        try (Browser customer = Browser.open(base, "en");
                Browser desk = Browser.open(base, "en")) {
            long number = raise(customer, "Cold room alarm sounds " + tag);
            CasePage page = CasePage.openAsCustomer(customer, number);
            assertEquals("New", page.status());

            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            CasePage.openAtDesk(desk, number).work("Waiting for customer", "Medium");

            page = page.addNote("New", "It sounds every hour since the weekend " + tag);
            assertTrue(page.message().contains("the status was not changed"), page.message());
            assertTrue(page.message().contains("Tom Technician"), "the customer learns who changed it");
            assertEquals("Waiting for customer", page.status(), "the desk's status stays");
            assertEquals(List.of("It sounds every hour since the weekend " + tag), page.notes(), "the note is added");
            customer.screenshot("portal-case-note-status-kept-desktop");
            customer.resize(Browser.PHONE);
            customer.screenshot("portal-case-note-status-kept-phone");
            customer.resize(Browser.DESKTOP);

            page = page.addNote("In progress", "Please send someone today " + tag);
            assertEquals("In progress", page.status(), "a status chosen again on the page now shown is set");
        }
    }

    @Test
    public void desksNoteFromAnOlderPageKeepsTheStatusTheCustomerSetMeanwhile() {
        String tag = tag();
        try (Browser customer = Browser.open(base, "en");
                Browser desk = Browser.open(base, "en")) {
            long number = raise(customer, "Forklift charger dead " + tag);
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            CasePage work = CasePage.openAtDesk(desk, number);

            CasePage.openAsCustomer(customer, number).addNote("Waiting for customer", "We are on site " + tag);

            work = work.addNote("New", "Checked the fuse " + tag);
            assertTrue(work.message().contains("the status was not changed"), work.message());
            assertEquals("Waiting for customer", work.status(), "the customer's status stays");
            assertEquals(2, work.notes().size(), "the note is added");
            desk.screenshot("desk-case-note-status-kept");
        }
    }

    @Test
    public void customersRefusedSaveShowsTheCaseAsItNowStandsAndSavesAgain() {
        String tag = tag();
        String typed = "Compressor rattles when it starts " + tag;
        try (Browser customer = Browser.open(base, "en");
                Browser desk = Browser.open(base, "en")) {
            long number = raise(customer, "Compressor rattles " + tag);
            CasePage page = CasePage.openAsCustomer(customer, number);

            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            CasePage.openAtDesk(desk, number).work("In progress", "High");

            page = page.saveSummary(typed);
            assertTrue(page.error().contains("changed by Tom Technician"), page.error());
            assertEquals(
                    List.of("Severity: High → Medium", "Summary: Compressor rattles " + tag + " → " + typed),
                    page.changedMeanwhile(),
                    "the case as it now stands beside what the form holds");
            assertEquals(typed, page.valueOf("edit:summary"), "what the customer typed is kept");
            assertEquals("High", page.fact("case-severity"), "the facts show the case as it now stands");
            customer.screenshot("portal-case-changed-meanwhile-desktop");
            customer.resize(Browser.PHONE);
            customer.screenshot("portal-case-changed-meanwhile-phone");
            customer.resize(Browser.DESKTOP);

            page = page.save();
            assertTrue(page.message().contains("saved"), page.message());
            assertFalse(page.showsChangedMeanwhile());
            assertEquals(typed, page.valueOf("edit:summary"), "saving again stores what was typed");
            assertEquals("Medium", page.fact("case-severity"), "and the severity the form held");
            assertEquals("In progress", page.status(), "the desk's status stands");
        }
    }

    /** Signs the customer in and raises a case from the portal; answers its number. */
    private static long raise(Browser customer, String summary) {
        SignInPage.open(customer).signIn(SITE_CONTACT, PASSWORD);
        NewCasePage form = new CaseListPage(customer).raiseCase();
        form.summary(summary);
        form.save();
        return form.raisedNumber();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

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
 * A case worked from both sides in a real headless Chromium: the customer raises it under a
 * contract with a fault code, both sides add notes, and the customer never sees the desk's
 * internal note, neither on the page, in the count nor in the list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CaseWorkBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void caseIsRaisedWorkedFromBothSidesAndClosed() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String internal = "Supplier confirms a faulty thermostat batch " + tag;
        long number;
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            form.equipment("GBG-FR2");
            assertEquals(
                    List.of("Non-contract", "EQ-FR2-2026 · Support hours", "SC-NF-2026 · Subscription"),
                    form.contracts(),
                    "only the contracts covering the freezer or the company");
            form.contract("EQ-FR2-2026").faultCode("Temperature too high").severity("High");
            form.summary("Freezer 2 warms up at night " + tag);
            browser.screenshot("portal-new-case-contract-desktop");
            form.save();
            number = form.raisedNumber();
            assertTrue(form.alert().contains("on-call engineer"), "the desk's new-case alert is shown");
            browser.screenshot("portal-new-case-alert");

            CasePage page = CasePage.openAsCustomer(browser, number);
            assertEquals("EQ-FR2-2026", page.fact("case-contract"));
            assertEquals("Temperature too high", page.fact("case-fault-code"));
            page = page.addNote("New", "The alarm went off at 02:10 again " + tag);
            assertEquals("Notes (1)", page.noteCount());
            CaseListPage.open(browser).signOut();
        }

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            CasePage desk = CasePage.openAtDesk(browser, number);
            desk = desk.addNote("Internal review", internal);
            desk = desk.addNote("In progress", "An engineer visits tomorrow at 9 " + tag);
            assertEquals("Notes (3)", desk.noteCount(), "the desk reads every note");
            assertTrue(desk.text().contains(internal));
            desk = desk.addNote("Internal review", "Order the thermostat before the visit " + tag);
            browser.screenshot("desk-case-notes-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-case-notes-phone");
        }

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            CaseListPage list = new CaseListPage(browser);
            assertFalse(list.text().contains("Internal review"), "the list never shows the desk's internal step");
            CasePage page = CasePage.openAsCustomer(browser, number);
            assertEquals("Notes (2)", page.noteCount(), "the count leaves the internal notes out");
            assertFalse(page.text().contains(internal), "the internal note is not on the page");
            assertFalse(page.text().contains("Order the thermostat"));
            assertEquals("In progress", page.status(), "the latest status meant for the customer");
            browser.screenshot("portal-case-notes-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("portal-case-notes-phone");
            browser.resize(Browser.DESKTOP);

            page = page.close();
            assertEquals("Closed", page.status());
            assertFalse(page.canEdit(), "a closed case can no longer be edited");
            assertTrue(page.message().contains("closed"));
            browser.screenshot("portal-case-closed");
        }
    }
}

package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.DemoData;
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

/**
 * The administrator configures the portal in the desk's administration screens; a technician
 * cannot open them. What the test adds it removes again, so that other tests raise cases as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SettingsBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(DemoData.class, SettingsBrowserITIdleTime.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void administratorChangesTheAlertMessage() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            assertTrue(SettingsPage.topBar(browser).contains("Administration"), "the administrator has the menu");

            SettingsPage portal = SettingsPage.open(browser, "portal");
            assertEquals("Portal settings", portal.heading());
            String before = portal.value("portal:alert");
            String deskEmail = portal.value("portal:deskEmail");
            String alert = "For critical faults call +46 31 700 00 00, day or night. "
                    + UUID.randomUUID().toString().substring(0, 8);
            try {
                portal = portal.fill("portal:alert", alert)
                        .fill("portal:deskEmail", "not an address")
                        .press("portal:save");
                assertTrue(portal.text().contains("not a valid e-mail address"), portal.text());
                portal = portal.fill("portal:deskEmail", deskEmail).press("portal:save");
                assertTrue(portal.messages().contains("The portal settings have been saved."), portal.messages());
                browser.screenshot("desk-settings-portal-desktop");

                SettingsPage reopened = SettingsPage.open(browser, "portal");
                assertEquals(alert, reopened.value("portal:alert"), "the new message is kept");
                browser.resize(Browser.PHONE);
                browser.screenshot("desk-settings-portal-phone");
            } finally {
                SettingsPage.open(browser, "portal")
                        .fill("portal:alert", before)
                        .press("portal:save");
            }
        }
    }

    @Test
    public void administratorSetsHowLongAnIdleUserStaysSignedIn() {
        try (Browser admin = Browser.open(base, "en")) {
            SignInPage.open(admin).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(admin);
            SettingsPage portal = SettingsPage.open(admin, "portal");
            String before = portal.value("portal:idleSignOut");
            try {
                portal = portal.fill("portal:idleSignOut", "2").press("portal:save");
                assertTrue(
                        portal.messageBeside("portal:idleSignOut").contains("between 5 and 480 minutes"),
                        "too short a time is refused beside the field");
                portal = portal.fill("portal:idleSignOut", "7").press("portal:save");
                assertTrue(portal.messages().contains("The portal settings have been saved."), portal.messages());

                try (Browser customer = Browser.open(base, "en")) {
                    SignInPage.open(customer).signIn(SITE_CONTACT, PASSWORD);
                    new CaseListPage(customer);
                    customer.go("it/idle-time");
                    assertEquals(
                            "420",
                            customer.driver().findElement(By.tagName("body")).getText(),
                            "signed in, the customer is signed out after 7 idle minutes");
                }
            } finally {
                SettingsPage.open(admin, "portal")
                        .fill("portal:idleSignOut", before)
                        .press("portal:save");
            }
        }
    }

    @Test
    public void administratorAddsAMandatoryListField() {
        String label = "Door side " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            SettingsPage fields = SettingsPage.open(browser, "fields");
            assertEquals("Analysis fields", fields.heading());

            fields = fields.fill("editor:label", label)
                    .pick("editor:type", "List")
                    .check("editor:mandatory", true)
                    .press("editor:save");
            String needsOptions = fields.messageBeside("editor:options");
            assertTrue(needsOptions.contains("please give its options"), needsOptions);
            assertTrue(fields.fieldError("editor:options").invalid(), "the options field is marked");
            browser.screenshot("desk-settings-field-needs-options");

            fields = fields.fill("editor:options", "Left\nRight").press("editor:save");
            assertTrue(fields.messages().contains("\"" + label + "\" has been saved."), fields.messages());
            String row = fields.rows("list:entries").stream()
                    .filter(r -> r.contains(label))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the new field is listed"));
            assertTrue(row.contains("List"), row);
            browser.screenshot("desk-settings-fields-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-settings-fields-phone");
            browser.resize(Browser.DESKTOP);

            fields = fields.delete("list:entries", label);
            assertTrue(fields.messages().contains("has been deleted"), fields.messages());
            assertTrue(fields.rows("list:entries").stream().noneMatch(r -> r.contains(label)));
        }
    }

    @Test
    public void administratorAddsASubjectWithASubtype() {
        String subject = "Packaging " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            SettingsPage subjects = SettingsPage.open(browser, "subjects");
            subjects = subjects.fill("editor:name", "refrigeration").press("editor:save");
            assertTrue(
                    subjects.messageBeside("editor:name").contains("There is already one named"),
                    "a name taken is refused beside the name");

            subjects = subjects.fill("editor:name", subject)
                    .fill("editor:description", "Cartons, film and labels on the packing lines.")
                    .fill("editor:descriptionSv", "Kartonger, film och etiketter på packlinjerna.")
                    .press("editor:save");
            assertTrue(subjects.text().contains("Subtypes of " + subject), "the new subject is chosen");
            for (String language : List.of("en", "sv")) {
                try (Browser customer = Browser.open(base, language)) {
                    SignInPage.open(customer).signIn(SITE_CONTACT, PASSWORD);
                    new CaseListPage(customer).raiseCase();
                    String help = customer.driver()
                            .findElement(By.cssSelector(".subject-help"))
                            .getText();
                    assertTrue(
                            help.contains(
                                    language.equals("en")
                                            ? subject + "\nCartons, film and labels on the packing lines."
                                            : subject + "\nKartonger, film och etiketter på packlinjerna."),
                            "the form says what the subject covers, in the reader's language: " + help);
                    if (language.equals("en")) {
                        customer.scrollTo(".subject-help");
                        customer.screenshot("new-case-subject-help-desktop");
                        customer.resize(Browser.PHONE);
                        customer.scrollTo(".subject-help");
                        customer.screenshot("new-case-subject-help-phone");
                    }
                }
            }
            subjects = subjects.fill("subtypeEditor:subtypeName", "Film jams").press("subtypeEditor:saveSubtype");
            assertTrue(
                    subjects.rows("subtypeList:subtypeEntries").stream().anyMatch(r -> r.startsWith("Film jams")),
                    "the subtype is listed under its subject");
            assertTrue(subjects.rows("list:entries").stream().anyMatch(r -> r.startsWith(subject)));
            browser.screenshot("desk-settings-subjects-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-settings-subjects-phone");
            browser.resize(Browser.DESKTOP);

            subjects = subjects.delete("list:entries", subject);
            assertTrue(subjects.messages().contains("has been deleted"), subjects.messages());
            assertTrue(subjects.rows("list:entries").stream().noneMatch(r -> r.contains(subject)));
        }
    }

    @Test
    public void statusesPageShowsTheDefaultAndTheCustomerButtons() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            SettingsPage statuses = SettingsPage.open(browser, "statuses");
            String newRow = statuses.rows("list:entries").stream()
                    .filter(r -> r.startsWith("New"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(newRow.contains("Default"), newRow);
            assertTrue(statuses.text().contains("Close case"));
            browser.screenshot("desk-settings-statuses-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-settings-statuses-phone");
            for (String page : new String[] {"types", "severities", "teams"}) {
                browser.resize(Browser.DESKTOP);
                SettingsPage.open(browser, page);
                browser.screenshot("desk-settings-" + page + "-desktop");
                browser.resize(Browser.PHONE);
                browser.screenshot("desk-settings-" + page + "-phone");
            }
        }
    }

    @Test
    public void technicianCannotOpenTheAdministration() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            assertFalse(SettingsPage.topBar(browser).contains("Administration"), "no menu for a technician");
            browser.go("desk/settings/portal.xhtml");
            String page = browser.driver().findElement(By.tagName("main")).getText();
            assertTrue(page.contains("Not found"), page);
            assertFalse(page.contains("New-case alert"), "nothing of the settings is shown");
            browser.screenshot("desk-settings-technician-not-found");
        }
    }
}

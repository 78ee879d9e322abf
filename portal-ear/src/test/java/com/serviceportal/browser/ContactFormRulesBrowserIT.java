package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

/**
 * The desk's contact form keeps the contact field rules in a real headless Chromium: a first name
 * longer than allowed is refused with a message beside the field (not cut by the browser, not an
 * error page), two names of the longest length are saved (their account's display name is both), and
 * an address written on two lines keeps its lines through saving and saving again, and a username that
 * differs from a taken one only in case is refused beside the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ContactFormRulesBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void aNameTooLongIsRefusedBesideTheFieldAndTwoNamesOfTheLongestLengthAreSaved() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String last = "Lång" + "x".repeat(60) + tag;
        try (Browser browser = Browser.open(base, "en")) {
            ContactPages.FormPage form = newContact(browser)
                    .type("firstName", "F".repeat(65))
                    .type("lastName", last.substring(0, 64))
                    .type("username", "long" + tag)
                    .type("email", "long" + tag + "@nordicfoods.example")
                    .customer("Nordic Foods Göteborg")
                    .save();
            assertEquals("First name: at most 64 characters", form.fieldMessage("firstName"));
            assertEquals("F".repeat(65), form.value("firstName"), "what was typed is kept, not cut");
            browser.resize(new Dimension(1366, 900));
            browser.screenshot("desk-contact-name-too-long-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-contact-name-too-long-phone");
            browser.resize(Browser.DESKTOP);

            form = form.type("firstName", "F".repeat(64)).save();
            String name = "F".repeat(64) + " " + last.substring(0, 64);
            assertEquals("Contact " + name + " saved.", form.info());
            assertEquals(name, form.heading(), "129 characters with the blank, as the account's display name");
            form.delete();
        }
    }

    @Test
    public void aUsernameTakenInAnotherCaseIsRefusedBesideTheField() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base, "en")) {
            ContactPages.FormPage form = newContact(browser)
                    .type("firstName", "Anna")
                    .type("lastName", "Andra " + tag)
                    .type("username", "ANNA")
                    .type("email", "anna" + tag + "@nordicfoods.example")
                    .customer("Nordic Foods Göteborg")
                    .save();
            assertEquals(
                    "This username is taken. Please choose another.",
                    form.fieldMessage("username"),
                    "the demo's anna holds it, whatever the case (as SQL Server's collation would say)");
            browser.screenshot("desk-contact-username-taken");
        }
    }

    @Test
    public void anAddressOnTwoLinesKeepsItsLinesWhenSavedAndSavedAgain() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base, "en")) {
            ContactPages.FormPage form = newContact(browser)
                    .type("firstName", "Rut")
                    .type("lastName", "Rader " + tag)
                    .type("username", "rut" + tag)
                    .type("email", "rut" + tag + "@nordicfoods.example")
                    .customer("Nordic Foods Göteborg")
                    .type("address1", "c/o Lagret\nStorgatan 1")
                    .save();
            assertEquals("Contact Rut Rader " + tag + " saved.", form.info());
            form = form.reopen();
            assertEquals("c/o Lagret\nStorgatan 1", form.value("address1"));
            browser.resize(new Dimension(1366, 900));
            browser.screenshot("desk-contact-address-lines-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-contact-address-lines-phone");
            browser.resize(Browser.DESKTOP);

            form = form.type("phone", "+46 31 700 00 00").save().reopen();
            assertEquals("c/o Lagret\nStorgatan 1", form.value("address1"), "saving again keeps the lines");
            assertTrue(form.value("phone").endsWith("700 00 00"));
            form.delete();
        }
    }

    /** The desk's form for a new contact, opened by a technician. */
    private static ContactPages.FormPage newContact(Browser browser) {
        SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
        new CaseListPage(browser);
        return ContactPages.ListPage.open(browser).newContact();
    }
}

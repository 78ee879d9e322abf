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

/**
 * The desk keeps a contact's room, fax, pager, SMS number, partner ("customer of") and GPS position:
 * a position out of range or half given, a partner that is the contact's own company and a fax number
 * too long are each refused beside their field, keeping what was typed; good values are saved, and the position is then a
 * link to a map.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ContactReachBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void badValuesAreRefusedBesideTheirFieldsAndGoodOnesAreSavedWithAMapLink() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            ContactPages.FormPage form = ContactPages.ListPage.open(browser)
                    .newContact()
                    .type("firstName", "Gunnar")
                    .type("lastName", "Gps " + tag)
                    .type("username", "gps" + tag)
                    .type("email", "gps" + tag + "@nordicfoods.example")
                    .customer("Nordic Foods Göteborg")
                    .partner("Nordic Foods AB")
                    .type("latitude", "91")
                    .save();
            assertEquals("The partner must be another company than the contact's own.", form.fieldMessage("partner"));
            assertEquals(
                    "The latitude must be a number of degrees from -90 to 90, such as 57.70887.",
                    form.fieldMessage("latitude"));
            assertEquals("Please give the longitude too, or leave both empty.", form.fieldMessage("longitude"));
            assertEquals("91", form.value("latitude"), "what was typed is kept");
            browser.scrollTo("[id='contact:tabs:partner']");
            browser.screenshot("desk-contact-reach-refused-desktop");
            browser.resize(Browser.PHONE);
            browser.scrollTo("[id='contact:tabs:latitude']");
            browser.screenshot("desk-contact-reach-refused-phone");
            browser.resize(Browser.DESKTOP);

            form = form.type("fax", "+46 31 700 00 00 00 001").save();
            assertEquals("Fax: at most 20 characters", form.fieldMessage("fax"));
            assertEquals("+46 31 700 00 00 00 001", form.value("fax"));

            form = form.partner("Baltic Marine")
                    .type("fax", "+46 31 700 00 01")
                    .type("pager", "PG-4711")
                    .type("smsNumber", "+46 70 123 45 67")
                    .type("room", "B2.14")
                    .type("latitude", "57,70887")
                    .type("longitude", "11.97456")
                    .save();
            assertEquals("Contact Gunnar Gps " + tag + " saved.", form.info());
            form = form.reopen();
            assertEquals("+46 31 700 00 01", form.value("fax"));
            assertEquals("PG-4711", form.value("pager"));
            assertEquals("+46 70 123 45 67", form.value("smsNumber"));
            assertEquals("B2.14", form.value("room"));
            assertTrue(form.chosenPartner().startsWith("Baltic Marine Ltd"), form.chosenPartner());
            assertEquals("57.70887", form.value("latitude"), "a decimal comma is read as the point");
            assertEquals("11.97456", form.value("longitude"));
            assertTrue(
                    form.mapAddress().startsWith("https://www.openstreetmap.org/?mlat=57.70887&mlon=11.97456"),
                    form.mapAddress());
            browser.scrollTo("[id='contact:tabs:room']");
            browser.screenshot("desk-contact-reach-saved-desktop");
            browser.resize(Browser.PHONE);
            browser.scrollTo("[id='contact:tabs:latitude']");
            browser.screenshot("desk-contact-reach-saved-phone");
            browser.resize(Browser.DESKTOP);
            form.delete();
        }
    }
}

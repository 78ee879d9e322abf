package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A technician keeps a contact in a real headless Chromium: the form names every missing field at
 * once; the new contact with a custom field and an alias is found by the custom field's value,
 * exported to CSV, deleted, found again with "show deleted" and enabled again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ContactsBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void technicianCreatesFindsExportsDeletesAndRestoresAContact() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String username = "lena" + tag;
        String costCentre = "CC-" + tag.toUpperCase();
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            ContactPages.ListPage list = ContactPages.ListPage.open(browser);
            assertTrue(list.names().contains("Anna Lind"), list.names().toString());
            browser.screenshot("desk-contacts-list-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-contacts-list-phone");
            browser.resize(Browser.DESKTOP);

            ContactPages.FormPage form = list.newContact().save();
            assertEquals(List.of("The contact has problems."), form.errors(), "the summary says so once");
            List<String> errors = form.fieldErrors();
            assertTrue(
                    errors.containsAll(List.of(
                            "Please give the first name.",
                            "Please give the last name.",
                            "Please give a username.",
                            "Please give the primary e-mail.",
                            "Please choose the customer or site.")),
                    "every problem at once: " + errors);
            browser.screenshot("desk-contact-form-problems");

            form = new ContactPages.FormPage(browser)
                    .type("firstName", "Lena")
                    .type("lastName", "Holm " + tag)
                    .type("username", username)
                    .type("email", username + "@nordicfoods.example")
                    .type("phone", "+46 31 555 77 00")
                    .type("city", "Göteborg")
                    .customer("Nordic Foods Göteborg")
                    .country("Sweden")
                    .customField("Cost centre", costCentre);
            browser.screenshot("desk-contact-form-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-contact-form-phone");
            browser.resize(Browser.DESKTOP);
            form.tab("Aliases").addAlias(username + "@plant.example").sendTo(username + "@plant.example");
            browser.screenshot("desk-contact-aliases-desktop");
            form.tab("Portal options");
            browser.screenshot("desk-contact-options-desktop");
            form = form.save();
            assertEquals("Contact Lena Holm " + tag + " saved.", form.info());
            assertTrue(form.text().contains("Never signed in"));
            browser.screenshot("desk-contact-page-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-contact-page-phone");
            browser.resize(Browser.DESKTOP);

            list = ContactPages.ListPage.open(browser).search(costCentre.toLowerCase());
            assertEquals(List.of("Lena Holm " + tag), list.names(), "found by the custom field's value");
            assertEquals(
                    List.of("mailto:" + username + "@nordicfoods.example"),
                    list.mailLinks(),
                    "the e-mail address opens the mail program");
            browser.screenshot("desk-contacts-found-desktop");

            Path csv = list.export("csv", "contacts.csv", Path.of("target", "downloads", tag));
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.parse(
                            reader,
                            CSVFormat.EXCEL
                                    .builder()
                                    .setHeader()
                                    .setSkipHeaderRecord(true)
                                    .get())) {
                List<CSVRecord> records = parser.getRecords();
                assertEquals(1, records.size(), "the export holds the search's result");
                assertEquals(username, records.get(0).get("Username"));
                assertEquals("'+46 31 555 77 00", records.get(0).get("Phone"), "neutralised for spreadsheets");
            }

            form = list.open("Lena Holm " + tag).delete();
            assertEquals("Contact Lena Holm " + tag + " deleted. It can be enabled again.", form.info());
            assertTrue(form.showsDeleted());
            browser.screenshot("desk-contact-deleted-desktop");
            assertEquals(
                    "This contact is deleted and cannot sign in. \"Enable again\" on the contact form gives it back"
                            + " its web access.",
                    form.access().hint(),
                    "not sent in a circle to the web access the deleted contact's form does not offer");

            list = ContactPages.ListPage.open(browser).search(username);
            assertEquals(List.of(), list.names());
            assertEquals("No contacts match the search.", list.emptyMessage());
            browser.screenshot("desk-contacts-empty-desktop");
            list.showDeleted();
            assertEquals(List.of("Lena Holm " + tag), list.names(), "found with show deleted");

            form = list.open("Lena Holm " + tag).restore();
            assertEquals("Contact Lena Holm " + tag + " enabled again.", form.info());
            assertFalse(form.showsDeleted());
            assertEquals(
                    List.of("Lena Holm " + tag),
                    ContactPages.ListPage.open(browser).search(username).names());
        }
    }

    @Test
    public void technicianSharesAnItemWithAContactAndExportsTheItemsTab() throws IOException {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            // Maria Holm of the Göteborg plant, with whom the demo shares the Malmö forklift
            browser.go("desk/contacts/edit.xhtml?id=5");
            ContactPages.FormPage maria = new ContactPages.FormPage(browser).tab("Items");
            maria.waitUntilItemsListed();
            List<String> items = maria.itemIdNumbers();
            assertTrue(items.containsAll(List.of("GBG-FR2", "NF-UPS1", "MMX-FL2")), items.toString());
            assertFalse(items.contains("MMX-CR1"), "not the other site's cold room");
            assertFalse(items.contains("BM-WINCH"), "never another company's item");
            assertEquals(List.of("MMX-FL2"), maria.sharedItemIdNumbers(), "the forklift is shared with her");
            browser.screenshot("desk-contact-items-desktop");

            maria.shareItem("MMX-CR1");
            assertTrue(maria.sharedItemIdNumbers().contains("MMX-CR1"));
            Path workbook = maria.exportItems(Path.of("target", "downloads", "contact-items-" + UUID.randomUUID()));
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook read =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(workbook))) {
                List<String> ids = new java.util.ArrayList<>();
                read.getSheetAt(0).forEach(row -> ids.add(row.getCell(0).getStringCellValue()));
                assertEquals("ID number", ids.get(0), "the headers in the reader's language");
                assertTrue(ids.containsAll(List.of("GBG-FR2", "MMX-CR1", "MMX-FL2")), ids.toString());
            }
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-contact-items-phone");
            browser.resize(Browser.DESKTOP);

            maria.stopSharing("MMX-CR1");
            assertFalse(maria.itemIdNumbers().contains("MMX-CR1"), "no longer listed once removed");
        }
    }
}

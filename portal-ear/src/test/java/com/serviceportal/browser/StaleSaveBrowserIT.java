package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.browser.ProjectPages.DeskProjectForm;
import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import com.serviceportal.it.TestDriver;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desk's contract, order, contact, customer, equipment and project pages in a headless Chromium: the technician's
 * page is open when the administrator saves a change to the same record; the technician's save is
 * refused with a message, the page shows the record as it now stands beside what was typed, and the
 * second save stores it. Each test works on a record of its own, made by {@link StaleSaveBrowserITDriver}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class StaleSaveBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(StaleSaveBrowserITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void contractSavedOnAnOlderPageIsRefusedAndSavedAgain() {
        long id = create("contract");
        try (Browser browser = signedIn()) {
            browser.go("desk/contracts/edit.xhtml?id=" + id);
            ContractFormPage form = new ContractFormPage(browser);
            changedByAnother("contract", id);

            form.replaceText("contract:description", "Covers the night shift too");
            form.post("contract:save");
            form = new ContractFormPage(browser);
            assertTrue(form.error().contains("changed by someone else"), form.error());
            assertEquals(
                    List.of("Description: Renewed by phone → Covers the night shift too"), form.changedMeanwhile());
            assertEquals("Covers the night shift too", form.valueOf("contract:description"), "what was typed is kept");
            screenshots(browser, "desk-contract-changed-meanwhile");

            form.save();
            ContractPage saved = ContractPage.atDesk(browser);
            assertTrue(saved.text().contains("Covers the night shift too"), "saving again stores what was typed");
        }
    }

    @Test
    public void orderScheduledOnAnOlderPageIsRefusedAndScheduledAgain() {
        long id = create("order");
        try (Browser browser = signedIn()) {
            browser.go("desk/orders/order.xhtml?id=" + id);
            DeskOrderPage page = new DeskOrderPage(browser);
            changedByAnother("order", id);

            page = page.schedule("2027-04-15", "Tom");
            assertTrue(page.error().contains("changed by someone else"), page.error());
            assertEquals(
                    List.of("Planned date: 2027-03-01 → 2027-04-15", "Technician: (empty) → Tom Technician"),
                    page.changedMeanwhile());
            assertEquals("2027-04-15", page.valueOf("schedule:planned_input"), "what was typed is kept");
            assertEquals("2027-03-01", page.fact("order-planned"), "the order's facts show it as it now stands");
            screenshots(browser, "desk-order-changed-meanwhile");

            page.post("schedule:save");
            page = new DeskOrderPage(browser);
            assertTrue(page.message().contains("has been saved"), page.message());
            assertFalse(page.showsChangedMeanwhile());
            assertEquals("2027-04-15", page.fact("order-planned"), "saving again stores what was typed");
        }
    }

    @Test
    public void contactSavedOnAnOlderPageIsRefusedAndSavedAgain() {
        long id = create("contact");
        try (Browser browser = signedIn()) {
            browser.go("desk/contacts/edit.xhtml?id=" + id);
            ContactPages.FormPage form = new ContactPages.FormPage(browser);
            changedByAnother("contact", id);

            form.type("title", "Shift supervisor");
            form.post("contact:save");
            form = new ContactPages.FormPage(browser);
            assertTrue(form.error().contains("changed this contact meanwhile"), form.error());
            assertEquals(
                    List.of("Title: (empty) → Shift supervisor", "Phone: +46 31 555 01 01 → (empty)"),
                    form.changedMeanwhile());
            assertEquals("Shift supervisor", form.valueOf("contact:tabs:title"), "what was typed is kept");
            screenshots(browser, "desk-contact-changed-meanwhile");

            form.type("phone", "+46 31 555 01 01");
            form = form.save();
            assertTrue(form.info().contains("saved"), form.info());
            assertEquals("Shift supervisor", form.valueOf("contact:tabs:title"), "saving again stores what was typed");
            assertEquals("+46 31 555 01 01", form.valueOf("contact:tabs:phone"));
        }
    }

    @Test
    public void customerSavedOnAnOlderPageIsRefusedAndSavedAgain() {
        long id = create("customer");
        try (Browser browser = signedIn()) {
            browser.go("desk/customers/edit.xhtml?id=" + id);
            CustomerPages.FormPage form = new CustomerPages.FormPage(browser);
            changedByAnother("customer", id);

            form.type("postcode", "931 34");
            form.post("customer:save");
            form = new CustomerPages.FormPage(browser);
            assertTrue(form.error().contains("changed this customer meanwhile"), form.error());
            assertEquals(
                    List.of("Postcode and city: (empty) → 931 34", "City: Luleå → (empty)"), form.changedMeanwhile());
            assertEquals("931 34", form.value("postcode"), "what was typed is kept");
            screenshots(browser, "desk-customer-changed-meanwhile");

            form.type("city", "Luleå");
            form.post("customer:save");
            form = new CustomerPages.FormPage(browser);
            assertTrue(form.info().contains("saved"), form.info());
            assertEquals("931 34", form.value("postcode"), "saving again stores what was typed");
            assertEquals("Luleå", form.value("city"));
        }
    }

    @Test
    public void equipmentSavedOnAnOlderPageIsRefusedAndSavedAgain() {
        long id = create("item");
        try (Browser browser = signedIn()) {
            browser.go("desk/equipment/edit.xhtml?id=" + id);
            EquipmentFormPage form = new EquipmentFormPage(browser);
            changedByAnother("item", id);

            String refused = form.fill("serialNumber", "BC-2201").saveRefused();
            assertTrue(refused.contains("changed this equipment meanwhile"), refused);
            form = new EquipmentFormPage(browser);
            assertEquals(
                    List.of("Serial number: (empty) → BC-2201", "Make: Frigomat → (empty)"), form.changedMeanwhile());
            assertEquals("BC-2201", form.valueOf("item:serialNumber"), "what was typed is kept");
            screenshots(browser, "desk-equipment-changed-meanwhile");

            EquipmentItemPage saved = form.save();
            assertTrue(saved.text().contains("BC-2201"), "saving again stores what was typed");
        }
    }

    @Test
    public void projectSavedOnAnOlderPageIsRefusedAndSavedAgain() {
        long id = create("project");
        try (Browser browser = signedIn()) {
            browser.go("desk/projects/edit.xhtml?id=" + id);
            DeskProjectForm form = new DeskProjectForm(browser);
            changedByAnother("project", id);

            form.replaceText("project:description", "Covers the night shift too");
            form = form.save();
            assertTrue(form.error().contains("changed by someone else"), form.error());
            assertEquals(
                    List.of("Description: Renewed by phone → Covers the night shift too"), form.changedMeanwhile());
            assertEquals("Covers the night shift too", form.valueOf("project:description"), "what was typed is kept");
            screenshots(browser, "desk-project-changed-meanwhile");

            form = form.save();
            assertTrue(form.messages().contains("was saved"), form.messages());
            assertFalse(form.showsChangedMeanwhile());
            assertEquals(
                    "Covers the night shift too",
                    form.valueOf("project:description"),
                    "saving again stores what was typed");
        } finally {
            TestDriver.at(base, "stale-save").post("remove-project", "id", Long.toString(id));
        }
    }

    @Test
    public void articleSavedOnAnOlderPageIsRefusedAndSavedAgain() {
        long id = create("article");
        try (Browser browser = signedIn()) {
            KnowledgePages.ArticleForm form = KnowledgePages.ArticleForm.open(browser, Long.toString(id));
            changedByAnother("article", id);

            form.replaceText("article:keywords", "Covers the night shift too");
            form = form.press("save");
            assertTrue(form.error().contains("saved the article"), form.error());
            assertEquals(List.of("Keywords: Renewed by phone → Covers the night shift too"), form.changedMeanwhile());
            assertEquals("Covers the night shift too", form.valueOf("article:keywords"), "what was typed is kept");
            screenshots(browser, "desk-article-changed-meanwhile");

            form = form.press("save");
            assertTrue(form.messages().contains("is saved"), form.messages());
            assertFalse(form.showsChangedMeanwhile());
            assertEquals(
                    "Covers the night shift too",
                    form.valueOf("article:keywords"),
                    "saving again stores what was typed");
        } finally {
            TestDriver.at(base, "stale-save").post("archive-article", "id", Long.toString(id));
        }
    }

    private Browser signedIn() {
        Browser browser = Browser.open(base, "en");
        SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
        return browser;
    }

    private long create(String what) {
        return Long.parseLong(TestDriver.at(base, "stale-save").post("new-" + what));
    }

    private void changedByAnother(String what, long id) {
        TestDriver.at(base, "stale-save").post("change-" + what, "id", Long.toString(id));
    }

    private static void screenshots(Browser browser, String name) {
        browser.screenshot(name + "-desktop");
        browser.resize(Browser.PHONE);
        browser.screenshot(name + "-phone");
        browser.resize(Browser.DESKTOP);
    }
}

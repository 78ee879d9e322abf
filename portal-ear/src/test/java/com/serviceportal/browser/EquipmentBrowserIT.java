package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** A customer's equipment and the administrator's fault-code import, in a real headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class EquipmentBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    /** Nordic Foods Malmö warehouse in the demo data: a site sven does not see. */
    private static final long MALMO_WAREHOUSE_ID = 3;

    @ArquillianResource
    private URL base;

    @Test
    public void siteContactFindsAnItemAndRaisesACaseForIt() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("portal/equipment/list.xhtml");
            new SignInPage(browser).signIn(SITE_CONTACT, PASSWORD);
            EquipmentListPage list = new EquipmentListPage(browser);
            assertEquals("Equipment", list.heading());
            assertTrue(
                    list.idNumbers().containsAll(List.of("GBG-FR2", "NF-UPS1")),
                    list.idNumbers().toString());
            assertFalse(list.idNumbers().contains("MMX-CR1"), "not the other site's items");
            browser.screenshot("portal-equipment-list-desktop");

            list.search("carrier", List.of("GBG-FR2"));
            browser.screenshot("portal-equipment-search-desktop");
            EquipmentItemPage item = list.open("GBG-FR2");
            assertEquals("FZ-88120", item.fact("equipment-serial-number"));
            assertTrue(
                    item.coverReferences().contains("EQ-FR2-2026"),
                    item.coverReferences().toString());
            assertTrue(item.requestServiceLink().contains("/portal/orders/report.xhtml?equipment="));
            assertFalse(item.offersEdit(), "sven did not add the freezer");
            browser.screenshot("portal-equipment-item-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("portal-equipment-item-phone");
            browser.resize(Browser.DESKTOP);

            NewCasePage form = item.addCase();
            assertTrue(EquipmentItemPage.chosenEquipment(browser).startsWith("GBG-FR2"), "the freezer is filled in");
            String summary = "Freezer 2 alarm " + UUID.randomUUID().toString().substring(0, 8);
            form.summary(summary).severity("High");
            browser.screenshot("portal-equipment-new-case-desktop");
            form.save();
            long number = form.raisedNumber();

            browser.go("portal/equipment/list.xhtml");
            EquipmentItemPage again = new EquipmentListPage(browser).open("GBG-FR2");
            assertTrue(again.caseNumbers().contains(Long.toString(number)), "the case is on the item's page");

            browser.go("portal/equipment/list.xhtml?site=" + MALMO_WAREHOUSE_ID);
            assertTrue(
                    browser.driver().findElement(By.tagName("main")).getText().contains("Not found"),
                    "another site's list by URL");
        }
    }

    @Test
    public void siteContactAddsAndEditsItsOwnItem() {
        String idNumber = "GBG-N" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("portal/equipment/list.xhtml");
            new SignInPage(browser).signIn(SITE_CONTACT, PASSWORD);
            EquipmentListPage list = new EquipmentListPage(browser);
            assertTrue(list.offersNewEquipment(), "adding is on in the demo");

            EquipmentFormPage form = list.newEquipment();
            assertTrue(form.saveRefused().contains("at least one field"), "an empty item is refused");
            browser.screenshot("portal-equipment-new-refused-desktop");
            form.fill("idNumber", idNumber).fill("description", "Label printer").fill("make", "Zebra");
            browser.screenshot("portal-equipment-new-desktop");
            EquipmentItemPage item = form.save();
            assertTrue(item.text().contains("The equipment has been added."));
            assertEquals("Label printer", item.fact("equipment-description"));
            assertEquals("Sven Berg", item.fact("equipment-added-by"));
            assertTrue(item.offersEdit(), "sven edits what sven added");

            EquipmentItemPage edited = item.edit()
                    .fill("serialNumber", "ZB-77")
                    .fill("model", "ZT411")
                    .save();
            assertEquals("ZB-77", edited.fact("equipment-serial-number"));
            assertEquals("ZT411", edited.fact("equipment-model"));

            browser.go("portal/equipment/list.xhtml");
            new EquipmentListPage(browser).search(idNumber.toLowerCase(java.util.Locale.ROOT), List.of(idNumber));
            browser.resize(Browser.PHONE);
            browser.screenshot("portal-equipment-list-phone");
            browser.go("portal/equipment/edit.xhtml");
            browser.screenshot("portal-equipment-new-phone");
        }
    }

    @Test
    public void deskFindsAnyCustomersEquipment() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("desk/equipment/list.xhtml");
            new SignInPage(browser).signIn(TECHNICIAN, PASSWORD);
            EquipmentListPage list = new EquipmentListPage(browser);
            assertTrue(
                    list.idNumbers().containsAll(List.of("BM-WINCH", "GBG-FR2", "MMX-CR1")),
                    list.idNumbers().toString());
            browser.screenshot("desk-equipment-list-desktop");
            list.search("winch", List.of("BM-WINCH"));
            EquipmentItemPage item = list.open("BM-WINCH");
            assertEquals("MacGregor", item.fact("equipment-make"));
            assertFalse(item.text().contains("Move to another site"), "Baltic Marine has no other site");
            browser.go("desk/equipment/list.xhtml");
            new EquipmentListPage(browser).search("MMX-CR1", List.of("MMX-CR1")).open("MMX-CR1");
            assertTrue(
                    browser.driver().findElement(By.tagName("main")).getText().contains("Move to another site"));
            browser.screenshot("desk-equipment-item-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-equipment-item-phone");
        }
    }

    @Test
    public void administratorChecksAndImportsFaultCodes() throws IOException {
        String code = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        Path dir = Files.createDirectories(Path.of("target", "fault-code-files"));
        Path bad = Files.writeString(
                dir.resolve("bad-" + code + ".csv"),
                "Stock code,Friendly name\n" + code + "-1,Fine\n," + "No code\n" + code + "-1,Twice\n",
                StandardCharsets.UTF_8);
        Path good = Files.writeString(
                dir.resolve("good-" + code + ".csv"),
                "Stock code,Friendly name\n" + code + "-1,Conveyor belt slips\n" + code + "-2,Display is blank\n",
                StandardCharsets.UTF_8);
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("desk/settings/fault-codes.xhtml");
            new SignInPage(browser).signIn(ADMINISTRATOR, PASSWORD);
            FaultCodesPage page = new FaultCodesPage(browser);
            assertTrue(page.codesText().contains("Door does not close"), "the demo codes are listed");
            browser.screenshot("desk-fault-codes-desktop");

            page.upload(bad).check();
            assertEquals(
                    List.of(
                            "Line 3: the stock code is missing.",
                            "Line 4: the stock code " + code + "-1 is already on line 2."),
                    page.problems());
            assertFalse(page.importEnabled(), "a file with errors cannot be imported");
            browser.screenshot("desk-fault-codes-errors-desktop");

            page.upload(good).check();
            assertTrue(page.clean().contains("2 fault codes are ready"), page.clean());
            assertTrue(page.importEnabled());
            String done = page.importFile();
            assertEquals("Import finished: 2 new fault codes, 0 updated.", done);
            assertTrue(page.codesText().contains("Conveyor belt slips"));
            browser.screenshot("desk-fault-codes-imported-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-fault-codes-imported-phone");
        }
    }

    @Test
    public void itemsAreFoundByCategoryAndByACustomField() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("desk/equipment/list.xhtml");
            new SignInPage(browser).signIn(TECHNICIAN, PASSWORD);
            EquipmentListPage desk = new EquipmentListPage(browser)
                    .category("Refrigeration", List.of("GBG-FR2", "MMX-CR1"))
                    .search("R449", List.of("MMX-CR1"));
            browser.screenshot("desk-equipment-category-search-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-equipment-category-search-phone");
            browser.resize(Browser.DESKTOP);
            assertTrue(desk.open("MMX-CR1").fact("equipment-fields").contains("Refrigerant: R449A"));
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("portal/equipment/list.xhtml");
            new SignInPage(browser).signIn(OTHER_COMPANY_CONTACT, PASSWORD);
            new EquipmentListPage(browser).category("Material handling", List.of("BM-WINCH"));
            browser.screenshot("portal-equipment-category-desktop");
        }
    }

    @Test
    public void administratorSeesTheCategoriesAndAContractOnAListOfItems() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("desk/settings/item-categories.xhtml");
            new SignInPage(browser).signIn(ADMINISTRATOR, PASSWORD);
            PlainPage categories = new PlainPage(browser);
            assertEquals("Item categories", categories.heading());
            assertTrue(categories.text().contains("Refrigerant"), categories.text());
            browser.screenshot("desk-item-categories-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-item-categories-phone");
            browser.resize(Browser.DESKTOP);

            browser.go("desk/contracts/list.xhtml");
            PlainPage contracts = new PlainPage(browser);
            assertTrue(contracts.text().contains("EQ-MMX-2026"), contracts.text());
            assertTrue(contracts.text().contains("MMX-CR1"), "the list contract names its items");
            browser.screenshot("desk-contracts-with-item-list-desktop");

            // the demo's contract on the Malmö warehouse's cold room and forklift, and the cold room's form
            browser.go("desk/contracts/edit.xhtml?id=6");
            PlainPage contract = new PlainPage(browser);
            assertTrue(contract.text().contains("Covers these items"), contract.text());
            browser.screenshot("desk-contract-items-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-contract-items-phone");
            browser.resize(Browser.DESKTOP);
            browser.go("desk/equipment/edit.xhtml?id=3");
            PlainPage coldRoom = new PlainPage(browser);
            assertTrue(coldRoom.text().contains("Refrigerant"), "the category's custom fields: " + coldRoom.text());
            browser.screenshot("desk-equipment-category-form-desktop");
        }
    }
}

package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
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
 * What the desk does with customers: tom creates a company with an address and an account manager,
 * is told every problem of the form at once, adds a site and finds both in the list; he changes a
 * Nordic Foods site's address and the company's account manager, and anna's Job Sites show them
 * (both are put back afterwards); the desk raises a case for an item of equipment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CustomersBrowserIT {

    private static final String MALMO = "Nordic Foods Malmö warehouse";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void technicianCreatesACompanyWithASite() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String company = "Arctic Cold Storage " + suffix;
        String site = "Arctic Cold Storage Luleå " + suffix;
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("desk/customers/list.xhtml");
            new SignInPage(browser).signIn(TECHNICIAN, PASSWORD);
            CustomerPages.ListPage list = new CustomerPages.ListPage(browser);
            list.search("nordic");
            assertTrue(
                    list.names().containsAll(List.of("Nordic Foods AB", MALMO)),
                    list.names().toString());
            list.search("no such customer " + suffix);
            assertEquals("No companies or sites match the search.", list.emptyMessage());
            browser.screenshot("desk-customers-empty-desktop");

            CustomerPages.FormPage form = list.newCompany();
            assertEquals("New company", form.heading());
            form.type("accountNumber", "nf1000");
            List<String> errors = form.save().fieldErrors();
            assertEquals(
                    List.of(
                            "This account number belongs to another company or site. Please give another.",
                            "Please give the name."),
                    errors);
            browser.screenshot("desk-customer-problems-desktop");

            form = new CustomerPages.FormPage(browser)
                    .type("accountNumber", "AC" + suffix)
                    .type("name", company)
                    .type("address1", "Kylvägen 3")
                    .type("postcode", "901 37")
                    .type("city", "Umeå")
                    .country("Sweden")
                    .accountManager("Ada Administrator");
            browser.screenshot("desk-customer-new-company-desktop");
            form = form.save();
            assertEquals(company + " has been saved.", form.info());
            assertEquals(company, form.heading());
            assertEquals("Umeå", form.value("city"));
            browser.screenshot("desk-customer-company-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-customer-company-phone");
            browser.resize(Browser.DESKTOP);

            CustomerPages.FormPage newSite = form.addSite();
            assertEquals("New site", newSite.heading());
            assertTrue(newSite.company().startsWith(company), newSite.company());
            CustomerPages.FormPage savedSite = newSite.type("accountNumber", "AC" + suffix + "-LUL")
                    .type("name", site)
                    .type("address1", "Hamngatan 9")
                    .type("postcode", "972 38")
                    .type("city", "Luleå")
                    .type("state", "Norrbotten")
                    .country("Sweden")
                    .save();
            assertEquals(site + " has been saved.", savedSite.info());
            browser.screenshot("desk-customer-site-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-customer-site-phone");
            browser.resize(Browser.DESKTOP);
            assertEquals(List.of(site), savedSite.openCompany().sites());

            CustomerPages.ListPage found = CustomerPages.ListPage.open(browser).search("ac" + suffix);
            assertEquals(List.of(company, site), found.names());
            browser.screenshot("desk-customers-list-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-customers-list-phone");
        }
    }

    @Test
    public void anAddressAndAnAccountManagerSetAtTheDeskShowInJobSites() {
        try (Browser desk = Browser.open(base, "en")) {
            desk.go("desk/customers/list.xhtml");
            new SignInPage(desk).signIn(TECHNICIAN, PASSWORD);
            try {
                CustomerPages.ListPage.open(desk)
                        .search("Malmö")
                        .open(MALMO)
                        .type("address1", "Lagervägen 9")
                        .save();
                CustomerPages.FormPage nordicFoods =
                        CustomerPages.ListPage.open(desk).search("NF1000").open("Nordic Foods AB");
                assertEquals("Industrigatan 4", nordicFoods.value("address1"));
                nordicFoods.accountManager("Ada Administrator").save();

                try (Browser customer = Browser.open(base, "en")) {
                    SignInPage.open(customer).signIn(COMPANY_CONTACT, PASSWORD);
                    new CaseListPage(customer);
                    JobSitesPage jobSites = JobSitesPage.open(customer);
                    assertTrue(jobSites.row(MALMO).contains("Lagervägen 9, 212 15 Malmö, Sweden"), jobSites.row(MALMO));
                    SitePage malmo = jobSites.choose(MALMO);
                    assertTrue(malmo.content().contains("Ada Administrator"), "our reference");
                    customer.screenshot("portal-site-new-reference-desktop");
                }
            } finally {
                CustomerPages.ListPage.open(desk)
                        .search("Malmö")
                        .open(MALMO)
                        .type("address1", "Lagervägen 7")
                        .save();
                CustomerPages.ListPage.open(desk)
                        .search("NF1000")
                        .open("Nordic Foods AB")
                        .accountManager("Tom Technician")
                        .save();
            }
        }
    }

    @Test
    public void theCustomerPageLeadsToTheCompanysCasesEquipmentAndContracts() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("desk/customers/list.xhtml");
            new SignInPage(browser).signIn(TECHNICIAN, PASSWORD);
            CustomerPages.FormPage nordicFoods =
                    CustomerPages.ListPage.open(browser).search("NF1000").open("Nordic Foods AB");
            browser.screenshot("desk-customer-links-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-customer-links-phone");
            browser.resize(Browser.DESKTOP);

            nordicFoods.follow("cases");
            CaseListPage cases = new CaseListPage(browser);
            assertEquals("Nordic Foods AB", cases.filterChoice("customer"));
            List<String> numbers = cases.caseNumbers();
            assertFalse(numbers.isEmpty());
            numbers.forEach(number -> assertTrue(
                    cases.rowText(number).contains("Nordic Foods"), "the company's and its sites' cases only"));
            browser.screenshot("desk-queue-one-customer-desktop");

            browser.driver().navigate().back();
            new CustomerPages.FormPage(browser).follow("equipment");
            List<String> items = new EquipmentListPage(browser).idNumbers();
            assertTrue(items.contains("MMX-CR1"), "its Malmö warehouse's items too: " + items);
            assertFalse(items.contains("BM-WINCH"), "not another company's");

            browser.driver().navigate().back();
            new CustomerPages.FormPage(browser).follow("contracts");
            String contracts = browser.driver().findElement(By.tagName("body")).getText();
            assertTrue(contracts.contains("SC-NF-2026"), contracts);
            assertFalse(contracts.contains("SC-BM-2026"), "not another company's");
        }
    }

    @Test
    public void theDeskRaisesACaseForAnItemOfEquipment() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("desk/equipment/list.xhtml");
            new SignInPage(browser).signIn(TECHNICIAN, PASSWORD);
            EquipmentItemPage item = new EquipmentListPage(browser)
                    .search("MMX-CR1", List.of("MMX-CR1"))
                    .open("MMX-CR1");
            item.raiseCaseAtDesk();
            assertTrue(EquipmentItemPage.chosenEquipment(browser).startsWith("MMX-CR1"), "the item is filled in");
            assertTrue(
                    browser.driver()
                            .findElement(By.cssSelector("[id='newCase:customer'] .ui-selectonemenu-label"))
                            .getText()
                            .contains(MALMO),
                    "its site is chosen");
            browser.screenshot("desk-new-case-for-equipment-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-new-case-for-equipment-phone");
        }
    }
}

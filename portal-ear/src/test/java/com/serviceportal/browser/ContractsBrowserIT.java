package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
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
 * A support-hours-by-month contract from the desk's form to the customer's page, in a real headless
 * Chromium: the form names every missing field at once and shows the fields of the chosen type, the
 * customer raises a case under the new contract, the desk records time on a note, the contract's
 * audit shows it, and the customer sees the hours used and left.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ContractsBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void deskSellsMonthlyHoursRecordsTimeAndTheCustomerSeesWhatIsLeft() {
        String reference =
                "WINCH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            browser.go("desk/contracts/list.xhtml");
            new ContractFormPage.ListPage(browser);
            browser.screenshot("desk-contracts-list-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-contracts-list-phone");
            browser.resize(Browser.DESKTOP);

            ContractFormPage form = ContractFormPage.openNew(browser);
            form.type("Time-limited subscription");
            form.save();
            List<String> errors = new ContractFormPage(browser).fieldErrors();
            assertTrue(
                    errors.containsAll(List.of(
                            "Please give the contract a reference.",
                            "Please choose the customer.",
                            "Please choose a service level.",
                            "Please give the hours included.")),
                    "every problem at once: " + errors);
            browser.screenshot("desk-contract-form-problems");

            form = new ContractFormPage(browser);
            assertTrue(form.shows("includedHours"));
            form.type("Support hours by month");
            assertFalse(form.shows("includedHours"), "the fields follow the type");
            assertTrue(form.shows("monthlyHours"));
            form.serviceLevel("Standard")
                    .reference(reference)
                    .customer("Baltic Marine")
                    .equipment("BM-WINCH")
                    .monthlyHours(8);
            browser.scrollTo("main h1");
            browser.screenshot("desk-contract-form-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-contract-form-phone");
            browser.resize(Browser.DESKTOP);
            form.save();
            ContractPage contract = ContractPage.atDesk(browser);
            assertEquals("Active", contract.state());
            assertEquals("8 h", contract.fact("contract-allowance"));
            assertEquals(reference, contract.fact("contract-reference"));
        }

        long number;
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(OTHER_COMPANY_CONTACT, PASSWORD);
            NewCasePage raise = new CaseListPage(browser).raiseCase();
            raise.equipment("BM-WINCH").contract(reference).summary("Winch brake slips " + reference);
            raise.save();
            number = raise.raisedNumber();
        }

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            CasePage desk = CasePage.openAtDesk(browser, number);
            desk = desk.addNoteWithTime("In progress", "Adjusted the brake band on board", 2, 15);
            assertTrue(desk.text().contains("Time: 2 h 15 min"), "the note shows its time");
            browser.scrollTo(".notes-card");
            browser.screenshot("desk-case-note-time-desktop");

            browser.go("desk/contracts/list.xhtml");
            new ContractFormPage.ListPage(browser);
            browser.driver()
                    .findElement(org.openqa.selenium.By.linkText(reference))
                    .click();
            ContractPage contract = ContractPage.atDesk(browser);
            assertEquals("2 h 15 min", contract.fact("contract-used"));
            assertEquals("5 h 45 min", contract.fact("contract-left"));
            assertEquals("Time recorded (2 h 15 min)", contract.auditTotal());
            assertEquals(1, contract.auditCases().size());
            assertTrue(contract.auditCases().get(0).startsWith(number + " Winch brake slips"));
            browser.screenshot("desk-contract-audit-desktop");
            List<String> notes = contract.auditNotes();
            assertEquals(1, notes.size());
            assertTrue(notes.get(0).contains("Tom Technician") && notes.get(0).contains("2 h 15 min"), notes.get(0));
            browser.screenshot("desk-contract-audit-detail-desktop");
            browser.resize(Browser.PHONE);
            browser.scrollTo(".contract-audit");
            browser.screenshot("desk-contract-audit-phone");
        }

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(OTHER_COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            ContractPage mine = ContractPage.inPortal(browser, reference);
            assertEquals("Support hours by month", mine.fact("contract-type"));
            assertEquals("Active", mine.state());
            assertEquals("Standard", mine.fact("contract-service-level"));
            assertEquals("2 h 15 min", mine.fact("contract-used"));
            assertEquals("5 h 45 min", mine.fact("contract-left"));
            browser.screenshot("portal-contracts-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("portal-contracts-phone");
        }
    }
}

package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.By;

/**
 * "Delete contract" on the desk's contract page: a contract entered by mistake, which nothing uses,
 * is deleted after its confirmation and is gone; one a case was raised under is not offered for
 * deletion, only for cancelling, and is cancelled after its confirmation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ContractDeleteBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void anUnusedContractIsDeletedAfterItsConfirmation() {
        String reference = "MISTAKE-" + tag();
        try (Browser browser = Browser.open(base, "en")) {
            ContractPage contract = newContract(browser, reference);
            assertTrue(contract.offers("delete"), "nothing uses it yet");
            String page = browser.driver().getCurrentUrl();
            browser.screenshot("desk-contract-unused-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-contract-unused-phone");
            browser.resize(Browser.DESKTOP);

            contract.confirm("delete", "desk-contract-confirm-delete");
            new ContractFormPage.ListPage(browser);
            assertEquals(
                    "Contract " + reference + " has been deleted.",
                    browser.driver()
                            .findElement(By.cssSelector("#messages .ui-messages-info"))
                            .getText());

            browser.driver().navigate().to(page);
            assertTrue(
                    browser.driver().findElement(By.tagName("main")).getText().contains("Not found"),
                    "the deleted contract's page is gone");
        }
    }

    @Test
    public void aContractACaseWasRaisedUnderOffersCancelInstead() {
        String reference = "USED-" + tag();
        try (Browser browser = Browser.open(base, "en")) {
            newContract(browser, reference);
        }
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(OTHER_COMPANY_CONTACT, PASSWORD);
            NewCasePage raise = new CaseListPage(browser).raiseCase();
            raise.equipment("BM-WINCH").contract(reference).summary("Winch hums " + reference);
            raise.save();
            raise.raisedNumber();
        }
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            browser.go("desk/contracts/list.xhtml");
            new ContractFormPage.ListPage(browser);
            browser.driver().findElement(By.linkText(reference)).click();
            ContractPage contract = ContractPage.atDesk(browser);
            assertFalse(contract.offers("delete"), "a case refers to it");
            assertTrue(contract.offers("cancel"));
            browser.screenshot("desk-contract-used-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-contract-used-phone");
            browser.resize(Browser.DESKTOP);

            contract.confirm("cancel", "desk-contract-confirm-cancel");
            contract = ContractPage.atDesk(browser);
            assertEquals("Cancelled", contract.state());
            assertFalse(contract.offers("delete"), "still referred to, so still kept");
        }
    }

    /** A subscription on Baltic Marine's winch, entered by a technician; the browser is on its page. */
    private static ContractPage newContract(Browser browser, String reference) {
        SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
        new CaseListPage(browser);
        ContractFormPage form = ContractFormPage.openNew(browser);
        form.type("Subscription")
                .serviceLevel("Standard")
                .reference(reference)
                .customer("Baltic Marine")
                .equipment("BM-WINCH");
        form.save();
        ContractPage contract = ContractPage.atDesk(browser);
        assertEquals("Active", contract.state());
        return contract;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}

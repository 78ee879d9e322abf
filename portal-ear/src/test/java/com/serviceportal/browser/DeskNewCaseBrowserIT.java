package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import com.serviceportal.it.TestDriver;
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
import org.openqa.selenium.WebElement;

/**
 * The desk raises a case for a customer on the phone ({@code /desk/cases/new.xhtml}): a customer
 * without contacts is told so with a way to add one, the equipment is found by typing, and the page
 * speaks to the staff member after the save.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class DeskNewCaseBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(DeskNewCaseBrowserITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void aCustomerWithoutContactsLeadsToAddingOne() {
        TestDriver driver = TestDriver.at(base, "desk-new-case");
        String name = "Fjällbacka Fisk " + UUID.randomUUID().toString().substring(0, 8);
        String id = driver.post("add", "name", name);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            browser.go("desk/cases/new.xhtml");
            NewCasePage form = new NewCasePage(browser).customer(name);
            WebElement warning = form.find(By.id("newCase:noContacts"));
            assertTrue(warning.getText().contains("has no contacts yet"), warning.getText());
            browser.screenshot("desk-new-case-no-contacts-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-new-case-no-contacts-phone");
            browser.resize(Browser.DESKTOP);

            form.find(By.id("newCase:addContact")).click();
            ContactPages.FormPage contact = new ContactPages.FormPage(browser);
            assertEquals(name, contact.chosenCustomer(), "the new contact is for that customer");
        } finally {
            driver.post("remove", "id", id);
        }
    }

    @Test
    public void theDeskFindsTheItemByTypingAndIsToldTheCaseIsInTheQueue() {
        String summary =
                "UPS alarm in the night " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            browser.go("desk/cases/new.xhtml");
            NewCasePage form = new NewCasePage(browser).customer("— Nordic Foods Göteborg plant");
            form.contact("Sven Berg");
            List<String> found = form.filter("equipment", "ups");
            assertEquals(
                    List.of("NF-UPS1"),
                    found.stream().map(label -> label.split(" ")[0]).toList(),
                    "typing part of the item's name finds it: " + found);
            form.equipment("NF-UPS1");
            form.summary(summary).severity("High");
            form.save();
            assertTrue(
                    form.confirmation().contains("has been raised for the customer and is in the queue"),
                    form.confirmation());
            browser.screenshot("desk-new-case-raised-desktop");
        }
    }
}

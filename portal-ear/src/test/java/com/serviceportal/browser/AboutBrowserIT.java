package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The About page: the portal's address and the service desk's e-mail, for anyone, from every page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class AboutBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void anyoneReadsThePortalsAddressAndTheDesksEmail() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("about.xhtml");
            PlainPage about = new PlainPage(browser);
            assertEquals("About the portal", about.heading());
            String address = about.find(By.cssSelector("#about-address a")).getText();
            assertTrue(address.startsWith("http"), address);
            assertEquals(address, about.find(By.cssSelector("#about-address a")).getAttribute("href"));
            assertTrue(
                    about.find(By.cssSelector("#about-desk-email a.mailto"))
                            .getAttribute("href")
                            .startsWith("mailto:"),
                    "the desk's address opens the mail program");
            browser.screenshot("about-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("about-phone");
            browser.resize(Browser.DESKTOP);
        }
        try (Browser browser = Browser.open(base, "sv")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.driver().findElement(By.id("about")).click();
            assertEquals("Om portalen", new PlainPage(browser).heading(), "every page leads to it");
        }
    }
}

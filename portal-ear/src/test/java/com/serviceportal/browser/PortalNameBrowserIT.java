package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.PASSWORD;
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

/**
 * The administrator names the portal and gives its address: the name stands in the top bar and in
 * every page title, the About page gives the address; an address that is no web address is refused
 * beside its field. Left empty, the product's name (in the reader's language) and the server's address
 * stand in again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PortalNameBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void theNameAndAddressTheDeskGivesAreShownEverywhere() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            SettingsPage portal = SettingsPage.open(browser, "portal")
                    .fill("portal:portalName", "Nordic Service Online")
                    .fill("portal:portalAddress", "service.example.com")
                    .press("portal:save");
            assertTrue(portal.text().contains("an address starting with https:// or http://"), portal.text());
            browser.screenshot("desk-portal-settings-address-refused");
            try {
                portal = portal.fill("portal:portalAddress", "https://service.example.com")
                        .press("portal:save");
                assertTrue(portal.messages().contains("The portal settings have been saved."), portal.messages());
                assertEquals("Nordic Service Online", brand(browser));
                assertEquals(
                        "Portal settings · Nordic Service Online",
                        browser.driver().getTitle());
                browser.screenshot("desk-portal-settings-named-desktop");
                browser.resize(Browser.PHONE);
                browser.screenshot("desk-portal-settings-named-phone");
                browser.resize(Browser.DESKTOP);

                browser.go("about.xhtml");
                PlainPage about = new PlainPage(browser);
                assertTrue(about.text().contains("https://service.example.com/"), about.text());
                assertTrue(browser.driver().getTitle().endsWith(" · Nordic Service Online"));
                browser.screenshot("about-named-portal");
            } finally {
                SettingsPage.open(browser, "portal")
                        .fill("portal:portalName", "")
                        .fill("portal:portalAddress", "")
                        .press("portal:save");
            }
            assertEquals("Service Portal", brand(browser), "the product's name again");
        }
        try (Browser browser = Browser.open(base, "sv")) {
            SignInPage.open(browser);
            assertEquals("Serviceportalen", brand(browser), "an unnamed portal is named in the reader's language");
        }
    }

    private static String brand(Browser browser) {
        return browser.driver()
                .findElement(By.cssSelector("header.topbar .brand"))
                .getText();
    }
}

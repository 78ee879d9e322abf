package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
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
 * The portal's start page, as the seed's "Home" lists the modules: a company contact and a site
 * contact each see the modules they may use, open one from its card, and search the help desk from
 * it; cards stand side by side on a desktop and one under the other on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class HomeBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void companyContactSeesItsModulesAndOpensOne() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            assertEquals("Home", new TopMenu(browser).choose("home").heading());
            HomePage home = new HomePage(browser);
            assertEquals(
                    List.of(
                            "Job Sites",
                            "All open cases",
                            "Raise a case",
                            "All open orders",
                            "Contracts",
                            "Equipment",
                            "Statistics",
                            "Projects",
                            "Calendar",
                            "Help desk"),
                    home.modules());
            assertTrue(home.columns() >= 3, "cards side by side on a desktop: " + home.columns());
            browser.screenshot("portal-home-desktop");
            browser.resize(Browser.PHONE);
            assertEquals(1, home.columns(), "one card under the other on a phone");
            assertTrue(
                    browser.outsideTheWindow().isEmpty(),
                    browser.outsideTheWindow().toString());
            browser.screenshot("portal-home-phone");
            browser.resize(Browser.DESKTOP);

            assertEquals("Your contracts", home.open("contracts").heading());
            PlainPage results = HomePage.open(browser).search("freezer");
            assertTrue(results.text().contains("Articles for \"freezer\""), results.text());
        }
    }

    @Test
    public void siteContactsMySiteCardOpensItsOwnSite() {
        try (Browser browser = Browser.open(base, "sv")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser);
            HomePage home = HomePage.open(browser);
            assertEquals("Start", home.heading());
            assertEquals("Min anläggning", home.modules().get(0), home.modules().toString());
            browser.screenshot("portal-home-site-contact-sv");
            assertEquals("Översikt", home.open("mySite").heading(), "My site opens the contact's own site");
        }
    }
}

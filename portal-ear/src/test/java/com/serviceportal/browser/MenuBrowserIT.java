package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.Dimension;

/**
 * The menus of the portal and the desk: one line on a desktop screen, folded behind a menu button on
 * a phone, and every page reachable through them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class MenuBrowserIT {

    /** A common laptop screen, where the desk's bar must keep to one line. */
    private static final Dimension LAPTOP = new Dimension(1366, 900);

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void customerReachesThePagesThroughThePhoneMenu() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.resize(Browser.PHONE);
            browser.go("portal/cases/list.xhtml");
            assertFalse(new TopMenu(browser).buttonShown(), "the sign-in page has no menu to open");
            browser.resize(LAPTOP);
            new SignInPage(browser).signIn(COMPANY_CONTACT, PASSWORD);
            TopMenu menu = new TopMenu(browser);
            assertEquals(1, menu.rootLines(), "the portal's menu keeps to one line: " + menu.rootLabels());
            assertFalse(menu.buttonShown(), "no menu button on a wide screen");
            assertTrue(menu.headerHeight() < 80, "the top bar is one line: " + menu.headerHeight() + " px");
            browser.screenshot("menu-portal-desktop");

            browser.resize(Browser.PHONE);
            menu = new TopMenu(browser);
            assertTrue(menu.buttonShown(), "the phone shows the menu button");
            assertFalse(menu.barShown(), "the menu waits behind its button");
            assertTrue(menu.brandBesideButton(), "the product name and the menu button share a line");
            assertTrue(menu.headerHeight() < 120, "the top bar stays short: " + menu.headerHeight() + " px");
            browser.screenshot("menu-portal-phone");

            menu.unfold();
            List<String> labels = menu.rootLabels();
            assertTrue(
                    labels.containsAll(List.of("Job Sites", "Raise a case", "Contracts", "Equipment")),
                    labels.toString());
            assertEquals(labels.size(), menu.rootLines(), "one item a line, one under the other");
            browser.screenshot("menu-portal-phone-open");

            PlainPage contracts = menu.choose("contracts");
            assertEquals("Your contracts", contracts.heading());
            assertFalse(new TopMenu(browser).barShown(), "the next page starts with the menu folded");
            browser.screenshot("menu-portal-phone-contracts");
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.resize(Browser.PHONE);
            browser.go("portal/cases/list.xhtml");
            new SignInPage(browser).signIn(SITE_CONTACT, PASSWORD);
            TopMenu menu = new TopMenu(browser).unfold();
            assertTrue(menu.rootLabels().contains("My site"), menu.rootLabels().toString());
            browser.screenshot("menu-portal-phone-site-contact");
            assertEquals("Overview", menu.choose("sites").heading(), "My site opens the contact's own site");
        }
    }

    @Test
    public void technicianFindsTheDeskPagesInGroups() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.resize(LAPTOP);
            browser.go("desk/cases/queue.xhtml");
            new SignInPage(browser).signIn(TECHNICIAN, PASSWORD);
            TopMenu menu = new TopMenu(browser);
            assertEquals(
                    List.of("Cases", "Customers", "Orders & equipment", "Projects", "Contracts"), menu.rootLabels());
            assertEquals(1, menu.rootLines(), "the desk's menu keeps to one line");
            assertTrue(menu.headerHeight() < 80, "the top bar is one line: " + menu.headerHeight() + " px");
            assertFalse(menu.itemShown("equipment"), "a group's items wait until it is opened");
            browser.screenshot("menu-desk-desktop");

            menu.openGroup("orderMenu");
            assertTrue(menu.itemShown("orders") && menu.itemShown("equipment"));
            browser.screenshot("menu-desk-desktop-group");
            assertEquals("Equipment", menu.choose("equipment").heading());

            browser.resize(Browser.PHONE);
            menu = new TopMenu(browser);
            assertFalse(menu.barShown(), "the menu waits behind its button");
            assertTrue(menu.brandBesideButton(), "the product name and the menu button share a line");
            browser.screenshot("menu-desk-phone");
            menu.unfold().openGroup("caseMenu");
            assertTrue(menu.itemShown("queue") && menu.itemShown("newCase"));
            assertFalse(menu.itemShown("contacts"), "only the opened group unfolds");
            browser.screenshot("menu-desk-phone-open");
            assertEquals("Raise a case for a customer", menu.choose("newCase").heading());
        }
    }

    @Test
    public void administratorReachesTheSettingsThroughTheAdministrationGroup() {
        try (Browser browser = Browser.open(base, "en")) {
            browser.resize(LAPTOP);
            browser.go("desk/cases/queue.xhtml");
            new SignInPage(browser).signIn(ADMINISTRATOR, PASSWORD);
            TopMenu menu = new TopMenu(browser);
            assertEquals(
                    List.of("Cases", "Customers", "Orders & equipment", "Projects", "Contracts", "Administration"),
                    menu.rootLabels());
            assertEquals(1, menu.rootLines(), "the administrator's menu keeps to one line too");
            assertTrue(
                    menu.headerHeight() < 80, "the user and sign-out stay beside it: " + menu.headerHeight() + " px");
            browser.screenshot("menu-desk-desktop-administrator");
            menu.openGroup("administration");
            browser.screenshot("menu-desk-desktop-administration");
            assertEquals("Nightly jobs", menu.choose("adminJobs").heading());
            browser.resize(Browser.DESKTOP);
            browser.screenshot("menu-desk-desktop-1280-administrator");

            browser.resize(Browser.PHONE);
            menu = new TopMenu(browser).unfold().openGroup("administration");
            assertTrue(menu.itemShown("adminCalendars"));
            browser.screenshot("menu-desk-phone-administration");
            assertEquals("Business calendars", menu.choose("adminCalendars").heading());
        }
    }
}

package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.By;

/**
 * The Calendar tab as anna (Nordic Foods) sees it with the demo's visits next month: the plant's
 * and the warehouse's visits in the calendar and in its table, Baltic Marine's not; a click opens
 * the order; her first calendar address is "ready", the next one "renewed". The desk's team calendar shows one technician's visits of every customer. Desktop and
 * phone widths.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CalendarBrowserIT {

    private static final String PLANT_VISIT = "Quarterly check of Conveyor 3";
    private static final String WAREHOUSE_VISIT = "Yearly service of Cold room 1";
    private static final String OTHER_COMPANY_VISIT = "Deck winch check";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(CalendarBrowserITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void annaSeesNextMonthsVisitsAndOpensOne() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.driver().findElement(By.linkText("Calendar")).click();
            CalendarPage calendar = new CalendarPage(browser);
            assertEquals("Calendar", calendar.heading());
            assertEquals(
                    List.of("Visit", "Contract starts or ends", "Support hours restored", "Project milestone"),
                    calendar.legend());

            calendar.next();
            assertTrue(contains(calendar.entries(), PLANT_VISIT), calendar.entries()::toString);
            assertTrue(contains(calendar.entries(), WAREHOUSE_VISIT), calendar.entries()::toString);
            assertFalse(contains(calendar.entries(), OTHER_COMPANY_VISIT), "another company's visit");
            assertTrue(contains(calendar.entries(), "Malmö switched over"), "the Cold chain upgrade's milestone");
            assertTrue(contains(calendar.tableEntries(), PLANT_VISIT), calendar.tableEntries()::toString);
            assertFalse(contains(calendar.tableEntries(), OTHER_COMPANY_VISIT), "another company's visit");
            browser.screenshot("calendar-next-month-desktop");
            browser.scrollTo(".calendar-table");
            browser.screenshot("calendar-table-desktop");

            calendar.open(PLANT_VISIT);
            assertTrue(
                    browser.driver().getCurrentUrl().contains("/portal/orders/order.xhtml?id="),
                    browser.driver().getCurrentUrl());
            assertTrue(
                    browser.driver().findElement(By.tagName("body")).getText().contains(PLANT_VISIT),
                    "the order's page");

            browser.resize(Browser.PHONE);
            CalendarPage phone = CalendarPage.openPortal(browser).next();
            assertTrue(phone.showsList(), "a phone shows the month as a list");
            assertTrue(contains(phone.entries(), PLANT_VISIT), phone.entries()::toString);
            assertEquals(List.of(), browser.outsideTheWindow(), "nothing reaches past a phone's edge");
            browser.screenshot("calendar-phone");
            browser.scrollTo(".calendar-table");
            browser.screenshot("calendar-table-phone");
            browser.scrollTo(".calendar-feed");
            browser.screenshot("calendar-feed-phone");
            browser.resize(Browser.DESKTOP);
        }
    }

    @Test
    public void annasFirstCalendarAddressIsMadeNotRenewed() {
        TestDriver helper = TestDriver.at(base, "calendar-browser");
        helper.post("forget-address", "username", COMPANY_CONTACT);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            CalendarPage calendar = CalendarPage.openPortal(browser);

            assertEquals("Your calendar address is ready.", calendar.makeAddress());
            assertEquals("Your calendar address is renewed; the old one no longer works.", calendar.renewAddress());
        } finally {
            helper.post("forget-address", "username", COMPANY_CONTACT);
        }
    }

    @Test
    public void theDeskSeesOneTechniciansVisitsOfEveryCustomer() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            CalendarPage calendar = CalendarPage.openDesk(browser).technician("Tom Technician");
            assertEquals("Team calendar", calendar.heading());

            calendar.next();
            assertTrue(contains(calendar.entries(), PLANT_VISIT), calendar.entries()::toString);
            assertTrue(contains(calendar.entries(), OTHER_COMPANY_VISIT), calendar.entries()::toString);
            assertEquals(List.of("Visit"), calendar.legend(), "the team calendar shows visits only");
            browser.screenshot("desk-calendar-desktop");

            calendar.open(OTHER_COMPANY_VISIT);
            assertTrue(
                    browser.driver().getCurrentUrl().contains("/desk/orders/order.xhtml?id="),
                    browser.driver().getCurrentUrl());

            browser.resize(Browser.PHONE);
            CalendarPage phone = CalendarPage.openDesk(browser).next();
            assertTrue(phone.showsList(), "a phone shows the month as a list");
            assertTrue(contains(phone.entries(), OTHER_COMPANY_VISIT), phone.entries()::toString);
            assertEquals(List.of(), browser.outsideTheWindow(), "nothing reaches past a phone's edge");
            browser.screenshot("desk-calendar-phone");
            browser.resize(Browser.DESKTOP);
        }
    }

    private static boolean contains(List<String> titles, String part) {
        return titles.stream().anyMatch(title -> title.contains(part));
    }
}

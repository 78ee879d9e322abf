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
 * Work orders as people use them, in a real headless Chromium: the desk makes an order of a case,
 * schedules it, adds lines and completes it; the customer finds it among all its orders,
 * with or without its lines as the administrator sets; and fault reports take both of their paths.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class WorkOrderBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void deskOrdersACaseAndTheCustomerSeesItWithOrWithoutLines() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String summary = "Conveyor 3 squeaks " + tag;
        long caseNumber;
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            form.equipment("GBG-CV3").summary(summary).severity("Medium");
            form.save();
            caseNumber = form.raisedNumber();
        }

        long orderId;
        long orderNumber;
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            DeskOrderPage form = DeskOrderPage.createFromCase(browser, caseNumber);
            assertTrue(form.chosenSite().startsWith("Nordic Foods Göteborg plant"), form.chosenSite());
            assertTrue(form.chosenEquipment().startsWith("GBG-CV3"), form.chosenEquipment());
            assertTrue(form.description().startsWith(summary), "the case's summary describes the order");
            browser.screenshot("desk-new-order-from-case-desktop");

            DeskOrderPage order = form.create();
            assertEquals("Planned", order.status());
            orderId = order.id();
            orderNumber = order.number();
            order = order.schedule("2027-02-01", "Tom Technician");
            assertEquals("Scheduled", order.status());
            order = order.addLine("BELT-3", "Belt for conveyor 3", "2", "1250", "800");
            order = order.addLine("LAB-H", "Labour, hours", "1.5", "950", "");
            assertEquals("3,925.00", order.total(), "2 × 1,250 + 1.5 × 950");
            order = order.performedAction("Replaced the belt and lubricated the bearings.");
            browser.screenshot("desk-order-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("desk-order-phone");
            browser.resize(Browser.DESKTOP);
            order = order.complete();
            assertEquals("Completed", order.status());
            assertTrue(order.text().contains("Replaced the belt"), "the performed action stays readable");
            assertTrue(browser.driver().findElements(By.id("line:saveLine")).isEmpty(), "a completed order is final");
            browser.screenshot("desk-order-completed-desktop");

            browser.go("desk/orders/list.xhtml");
            browser.screenshot("desk-orders-desktop");
        }

        setOrderLinesShown(true);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.go("portal/orders/list.xhtml");
            PlainPage list = new PlainPage(browser);
            assertEquals("All open orders", list.heading());
            assertFalse(list.text().contains(Long.toString(orderNumber)), "completed orders wait behind the switch");
            list.find(By.cssSelector("[id='orders:showAll']")).click();
            list.find(By.linkText(Long.toString(orderNumber)));
            browser.screenshot("portal-all-orders-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("portal-all-orders-phone");
            browser.resize(Browser.DESKTOP);
            browser.driver()
                    .findElement(By.linkText(Long.toString(orderNumber)))
                    .click();
            PlainPage page = new PlainPage(browser);
            assertEquals("Order " + orderNumber, page.heading());
            assertTrue(page.text().contains("BELT-3"), "lines are shown while the setting is on");
            assertTrue(page.text().contains("3,925.00"));
            browser.screenshot("portal-order-with-lines-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("portal-order-with-lines-phone");
        }

        setOrderLinesShown(false);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.go("portal/orders/order.xhtml?id=" + orderId);
            PlainPage page = new PlainPage(browser);
            assertEquals("Order " + orderNumber, page.heading());
            assertFalse(page.text().contains("BELT-3"), "no lines while the setting is off");
            assertFalse(page.text().contains("3,925.00"), "nor their value");
            browser.screenshot("portal-order-without-lines-desktop");
        } finally {
            setOrderLinesShown(true);
        }

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn("mark", PASSWORD);
            new CaseListPage(browser);
            browser.go("portal/orders/order.xhtml?id=" + orderId);
            String page = new PlainPage(browser).text();
            assertTrue(page.contains("Not found"), page);
            assertFalse(page.contains("BELT-3"));
        }
    }

    @Test
    public void faultReportBecomesAnOrderAtOnceOrWaitsForTheDesk() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(SITE_CONTACT, PASSWORD);
            new CaseListPage(browser);
            FaultReportPage report = FaultReportPage.open(browser);
            assertTrue(report.chosenSite().contains("Göteborg"), "a site contact's one site is chosen already");
            report.equipment("GBG-FR2").description("Freezer 2 door does not seal " + tag);
            browser.screenshot("portal-request-service-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("portal-request-service-phone");
            browser.resize(Browser.DESKTOP);
            String answer = report.send();
            assertTrue(answer.matches("(?s).*planned as service order \\d+.*"), answer);
            browser.screenshot("portal-request-service-ordered");
        }

        String rejected = "Paint the office walls " + tag;
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            String answer = FaultReportPage.open(browser)
                    .site("Nordic Foods AB – Nordic Foods Malmö")
                    .description(rejected)
                    .send();
            assertTrue(answer.contains("sent to the service desk"), answer);
        }

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            int waiting = waitingInTheMenu(browser);
            assertTrue(waiting >= 1, "the desk's menu counts the waiting report");
            browser.go("desk/orders/reports.xhtml");
            PlainPage queue = new PlainPage(browser);
            browser.screenshot("desk-fault-reports-desktop");
            WebElement row = queue.find(By.xpath("//tr[.//*[contains(text(), '" + rejected + "')]]"));
            row.findElement(By.cssSelector("[id$='startReject']")).click();
            queue.find(By.id("reject:reason")).sendKeys("Painting is not a service visit.");
            browser.screenshot("desk-fault-report-reject-desktop");
            queue.find(By.id("reject:confirmReject")).click();
            assertTrue(new PlainPage(browser).find(By.id("messages")).getText().contains("rejected"));
            assertFalse(new PlainPage(browser).text().contains(rejected), "a rejected report leaves the queue");
            browser.go("desk/orders/list.xhtml");
            new PlainPage(browser);
            assertEquals(waiting - 1, waitingInTheMenu(browser), "and the menu's count");
        }

        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.go("portal/orders/reports.xhtml");
            PlainPage reports = new PlainPage(browser);
            WebElement row = reports.find(By.xpath("//tr[.//*[contains(text(), '" + rejected + "')]]"));
            assertTrue(row.getText().contains("Rejected"), row.getText());
            assertTrue(row.getText().contains("Painting is not a service visit."), row.getText());
            browser.screenshot("portal-fault-reports-desktop");
            browser.resize(Browser.PHONE);
            browser.screenshot("portal-fault-reports-phone");
        }
    }

    /** The administrator switches "show order lines" on the order settings page. */
    private void setOrderLinesShown(boolean shown) {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            browser.go("desk/settings/orders.xhtml");
            PlainPage settings = new PlainPage(browser);
            WebElement box = settings.find(By.cssSelector("[id='orderSettings:showLines'] .ui-chkbox-box"));
            if (box.getAttribute("class").contains("ui-state-active") != shown) {
                box.click();
            }
            settings.find(By.id("orderSettings:save")).click();
            assertTrue(new PlainPage(browser).find(By.id("messages")).getText().contains("saved"));
            if (shown) {
                browser.screenshot("desk-order-settings-desktop");
            }
        }
    }

    /** The number the desk's menu gives beside "Fault reports" (0 when it gives none). */
    private static int waitingInTheMenu(Browser browser) {
        String label = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "return document.querySelector(\"header a[href*='/desk/orders/reports']\").textContent;");
        java.util.regex.Matcher number =
                java.util.regex.Pattern.compile("\\((\\d+) waiting\\)").matcher(label);
        return number.find() ? Integer.parseInt(number.group(1)) : 0;
    }
}

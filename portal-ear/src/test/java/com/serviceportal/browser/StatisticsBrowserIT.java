package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The Statistics tab as anna (Nordic Foods) sees it over the demo's year of cases and orders: every
 * chart drawn with its table below it, on a desktop and on a phone; narrowed to one site; exported
 * to Excel; a period that ends before it starts is refused by "Excel" as by "Show". The desk picks
 * Nordic Foods and sees the same figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class StatisticsBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(DemoData.class);
    }

    @ArquillianResource
    private URL base;

    /** The files a test gives the browser to upload or download, removed after the test. */
    @TempDir
    private Path folder;

    @Test
    public void annaSeesEveryChartWithItsTableOnADesktopAndAPhone() throws Exception {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.driver().findElement(By.linkText("Statistics")).click();
            StatisticsPage page = new StatisticsPage(browser);
            assertEquals("Statistics", page.heading());
            for (String chart : StatisticsPage.CHARTS) {
                assertTrue(page.drawn(chart), () -> chart + " is not drawn: " + browser.console());
            }
            assertTrue(
                    page.chartLabel("raisedChart").startsWith("Cases raised per month"),
                    page.chartLabel("raisedChart"));
            assertEquals(12, page.column("raisedTable", 0).size(), "the last twelve months");
            assertTrue(
                    page.sum("raisedTable", 6) >= 24, "the demo's two cases a month: " + page.column("raisedTable", 6));
            assertTrue(page.sum("ordersTable", 1) >= 8, "the demo's orders of the year");
            assertTrue(page.column("hoursTable", 0).contains("EQ-FR2-2026"), "time on Freezer 2's support hours");
            List<String> equipment = page.column("equipmentTable", 0);
            assertTrue(equipment.containsAll(List.of("GBG-CV3", "MMX-CR1")), equipment.toString());
            browser.screenshot("statistics-desktop");
            browser.scrollTo("[id='statistics:slaChart']");
            browser.screenshot("statistics-sla-desktop");

            browser.resize(Browser.PHONE);
            for (String chart : StatisticsPage.CHARTS) {
                assertTrue(page.drawn(chart), () -> chart + " is not drawn: " + browser.console());
            }
            assertEquals(List.of(), browser.outsideTheWindow(), "nothing reaches past a phone's edge");
            browser.screenshot("statistics-phone");
            browser.scrollTo("[id='statistics:raisedChart']");
            browser.screenshot("statistics-raised-phone");
            browser.scrollTo("[id='statistics:ordersChart']");
            browser.screenshot("statistics-orders-phone");
            browser.scrollTo("[id='statistics:equipmentChart']");
            browser.screenshot("statistics-equipment-phone");
            browser.resize(Browser.DESKTOP);

            StatisticsPage malmo = page.site("Nordic Foods Malmö").show();
            List<String> malmoEquipment = malmo.column("equipmentTable", 0);
            assertTrue(
                    !malmoEquipment.isEmpty() && malmoEquipment.stream().allMatch(id -> id.startsWith("MMX-")),
                    "only the warehouse's equipment: " + malmoEquipment);

            Path workbook = malmo.export(folder);
            assertTrue(Files.size(workbook) > 0, workbook.toString());
        }
    }

    @Test
    public void excelForAPeriodThatEndsBeforeItStartsSaysWhatShowSays() {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
        String thisMonth = YearMonth.now().format(month);
        String threeMonthsAgo = YearMonth.now().minusMonths(3).format(month);
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            browser.driver().findElement(By.linkText("Statistics")).click();

            String refused = new StatisticsPage(browser)
                    .period(thisMonth, threeMonthsAgo)
                    .exportRefused();

            assertTrue(refused.contains("ends after it starts"), refused);
            browser.screenshot("statistics-excel-refused-desktop");
            assertEquals(new StatisticsPage(browser).show().error(), refused, "the same as Show says");
        }
    }

    @Test
    public void theDeskPicksACustomerAndSeesItsFigures() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            StatisticsPage overview = StatisticsPage.openDesk(browser);
            assertTrue(overview.drawn("raisedChart"), () -> String.valueOf(browser.console()));
            long everyone = overview.sum("raisedTable", 6);

            StatisticsPage nordic = overview.customer("Nordic Foods AB");
            assertTrue(nordic.drawn("raisedChart"), () -> String.valueOf(browser.console()));
            long nordicFoods = nordic.sum("raisedTable", 6);
            assertTrue(nordicFoods >= 24 && nordicFoods <= everyone, nordicFoods + " of " + everyone);
            browser.screenshot("desk-statistics-desktop");
        }
    }
}

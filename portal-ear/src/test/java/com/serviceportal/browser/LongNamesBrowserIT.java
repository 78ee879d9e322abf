package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import com.serviceportal.it.TestDriver;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every kind of name as long as its field takes (200 characters where it allows more, mostly one word
 * without spaces): customer, site, address, contact, signed-in user, equipment, case summary, status,
 * case type, team, subject, fault code, order, order line, contract, document, and a project with its
 * number, objective, work item, request for change and line. The pages that show
 * them, as the customers and the desk see them, stay inside the window at 1366 and at 390 px: the
 * page does not scroll sideways and no element reaches past the window's edge (except inside a box
 * that scrolls or clips it). The demo rows get their names back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class LongNamesBrowserIT {

    private static final Dimension LAPTOP = new Dimension(1366, 900);

    private static final String PANEL_SETTLED =
            """
            const panel = document.getElementById(arguments[0]);
            return !!panel && panel.offsetParent !== null
                && getComputedStyle(panel).opacity === '1'
                && panel.getAnimations({subtree: true}).length === 0
                && !(window.jQuery && jQuery(panel).is(':animated'));
            """;

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(LongNamesBrowserITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void everyPageStaysInsideTheWindowWhateverTheNames() {
        TestDriver driver = TestDriver.at(base, "long-names");
        String filled = driver.post("fill");
        List<String> restore = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (String line : filled.split("\n")) {
            String[] parts = line.split(" ");
            if (parts[0].equals("restore")) {
                restore.add(parts[1]);
            } else {
                ids.put(parts[1], parts[2]);
            }
        }
        List<String> problems = new ArrayList<>();
        try {
            String site = ids.get("site");
            visit(
                    COMPANY_CONTACT,
                    problems,
                    "portal/home.xhtml",
                    "portal/sites/list.xhtml",
                    "portal/sites/site.xhtml?id=" + site,
                    "portal/cases/list.xhtml",
                    "portal/cases/list.xhtml?site=" + site,
                    "portal/cases/detail.xhtml?number=" + ids.get("case") + "&site=" + site,
                    "portal/cases/new.xhtml open newCase:customer",
                    "portal/orders/list.xhtml",
                    "portal/orders/list.xhtml?site=" + site + "&type=SERVICE",
                    "portal/orders/order.xhtml?id=" + ids.get("order"),
                    "portal/orders/reports.xhtml",
                    "portal/contracts/list.xhtml",
                    "portal/equipment/list.xhtml",
                    "portal/equipment/item.xhtml?id=" + ids.get("equipment"),
                    "portal/sites/documents.xhtml?site=" + site,
                    "portal/sites/invoices.xhtml?site=" + site,
                    "portal/statistics/index.xhtml",
                    "portal/projects/list.xhtml",
                    "portal/projects/project.xhtml?id=1",
                    "portal/projects/project.xhtml?id=2",
                    "portal/calendar/index.xhtml");
            visit(
                    SITE_CONTACT,
                    problems,
                    "portal/home.xhtml",
                    "portal/cases/list.xhtml",
                    "portal/cases/new.xhtml open newCase:equipment",
                    "portal/orders/report.xhtml");
            visit(OTHER_COMPANY_CONTACT, problems, "portal/cases/list.xhtml", "portal/equipment/list.xhtml");
            visit(
                    TECHNICIAN,
                    problems,
                    "desk/cases/queue.xhtml",
                    "desk/cases/work.xhtml?number=" + ids.get("case"),
                    "desk/cases/new.xhtml open newCase:customer",
                    "desk/orders/list.xhtml",
                    "desk/orders/order.xhtml?id=" + ids.get("order"),
                    "desk/orders/reports.xhtml",
                    "desk/customers/list.xhtml",
                    "desk/customers/edit.xhtml?id=" + site,
                    "desk/contacts/list.xhtml",
                    "desk/contacts/edit.xhtml?id=" + ids.get("contact"),
                    "desk/contracts/list.xhtml",
                    "desk/contracts/detail.xhtml?id=" + ids.get("contract"),
                    "desk/equipment/list.xhtml",
                    "desk/equipment/item.xhtml?id=" + ids.get("equipment"),
                    "desk/documents/list.xhtml",
                    "desk/invoices/list.xhtml",
                    "desk/statistics/index.xhtml",
                    "desk/projects/list.xhtml",
                    "desk/projects/edit.xhtml?id=1",
                    "desk/calendar/index.xhtml",
                    "desk/knowledge/copy.xhtml?case=" + ids.get("case"));
            visit(
                    ADMINISTRATOR,
                    problems,
                    "desk/settings/statuses.xhtml",
                    "desk/settings/types.xhtml",
                    "desk/settings/teams.xhtml",
                    "desk/settings/subjects.xhtml",
                    "desk/settings/fault-codes.xhtml");
            topBarKeepsToOneRowInSwedish(COMPANY_CONTACT, "portal/cases/list.xhtml", problems);
            topBarKeepsToOneRowInSwedish(ADMINISTRATOR, "desk/cases/queue.xhtml", problems);
        } finally {
            driver.post("restore", "rows", String.join("\n", restore));
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Opens each page as the user at both widths, noting what reaches past the window. */
    private void visit(String user, List<String> problems, String... paths) {
        try (Browser browser = Browser.open(base, "en")) {
            browser.resize(LAPTOP);
            SignInPage.open(browser).signIn(user, PASSWORD);
            for (String page : paths) {
                // "path open <menu id>": the page once more with that select menu's list open
                String path = page.replaceAll(" open .*", "");
                String menu = page.contains(" open ") ? page.replaceAll(".* open ", "") : null;
                browser.go(path);
                new PlainPage(browser);
                String name = "long-names-" + user + "-"
                        + path.replaceAll("\\?.*", "").replace(".xhtml", "").replace('/', '-')
                        + (path.contains("site=") ? "-of-site" : "");
                for (Dimension size : List.of(LAPTOP, Browser.PHONE)) {
                    String suffix = size == LAPTOP ? "-desktop" : "-phone";
                    check(browser, size, user + " " + path, name + suffix, problems, true);
                    if (menu != null) {
                        open(browser, menu);
                        check(browser, size, user + " " + page, name + "-menu-open" + suffix, problems, false);
                        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
                        browser.go(path);
                        new PlainPage(browser);
                    }
                }
                browser.resize(LAPTOP);
            }
        }
    }

    /** Opens a select menu's list of choices and waits until it shows. */
    private static void open(Browser browser, String menuId) {
        browser.driver()
                .findElement(By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-trigger"))
                .click();
        // shown, and done moving in: no transition or jQuery animation still under way
        Waits.upTo(browser.driver(), Duration.ofSeconds(20))
                .until(d ->
                        Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(PANEL_SETTLED, menuId + "_panel")));
    }

    private static void check(
            Browser browser, Dimension size, String page, String screenshot, List<String> problems, boolean whole) {
        // a resize closes an open list, so the window is only resized when its width must change
        if (browser.driver().manage().window().getSize().getWidth() != size.getWidth()) {
            browser.resize(size);
        }
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        Waits.upTo(browser.driver(), Duration.ofSeconds(10))
                .until(d -> Math.abs(((Number) script.executeScript("return window.innerWidth;")).intValue()
                                - size.getWidth())
                        <= 20);
        List<String> outside = browser.outsideTheWindow();
        if (!outside.isEmpty()) {
            problems.add(page + " at " + size.getWidth() + " px: " + String.join("; ", outside));
        }
        if (!whole) {
            browser.screenshot(screenshot);
            return;
        }
        // the whole page in one picture: the window as tall as the page, as wide as before
        int height = ((Number) script.executeScript("return document.documentElement.scrollHeight;")).intValue();
        browser.resize(new Dimension(size.getWidth(), Math.min(Math.max(height, size.getHeight()), 4000)));
        browser.screenshot(screenshot);
    }

    private void topBarKeepsToOneRowInSwedish(String user, String path, List<String> problems) {
        try (Browser browser = Browser.open(base, "sv")) {
            browser.resize(LAPTOP);
            browser.go(path);
            new SignInPage(browser).signIn(user, PASSWORD);
            new PlainPage(browser);
            // the account's own language wins over the browser's: switch when it is not Swedish
            if (!"sv".equals(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))) {
                WebElement html = browser.driver().findElement(By.tagName("html"));
                browser.driver().findElement(By.linkText("Svenska")).click();
                Waits.upTo(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
                new PlainPage(browser);
            }
            TopMenu menu = new TopMenu(browser);
            browser.screenshot("long-names-" + user + "-top-bar-swedish-desktop");
            if (menu.headerHeight() >= 80) {
                problems.add(user + " " + path + " in Swedish at 1366 px: the top bar is " + menu.headerHeight()
                        + " px tall, " + menu.rootLines() + " line(s): " + menu.rootLabels());
            }
        }
    }
}

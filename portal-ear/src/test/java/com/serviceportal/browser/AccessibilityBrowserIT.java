package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.SITE_CONTACT;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page a user can reach by its links, checked with axe-core's WCAG 2.1 A and AA rules in
 * English at a laptop's width and in Swedish at a phone's (so each page is seen in both languages and
 * at both widths), unless another test of the run checked the same page; on each page also its first
 * select menu and its first confirmation, opened. A screenshot of each page at each width stays under
 * target/screenshots/pages-…
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class AccessibilityBrowserIT {

    private static final Dimension LAPTOP = new Dimension(1366, 900);

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void everyPortalPageOfACompanyContact() {
        walkAll(COMPANY_CONTACT, "portal/cases/list.xhtml", "/portal/");
    }

    @Test
    public void everyDeskPageOfAnAdministrator() {
        walkAll(ADMINISTRATOR, "desk/cases/queue.xhtml", "/desk/");
    }

    @Test
    public void thePagesOfASiteContactAndATechnician() {
        List<String> failures = new ArrayList<>();
        int pages = walkTwo(
                found -> walk(SITE_CONTACT, "en", LAPTOP, "portal/sites/list.xhtml", "/portal/", found),
                found -> walk(TECHNICIAN, "sv", Browser.PHONE, "desk/cases/queue.xhtml", "/desk/", found),
                failures);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertTrue(pages > 15, "the walk reached " + pages + " pages");
    }

    @Test
    public void signInAndPasswordPagesWithTheirErrors() {
        for (String language : List.of("en", "sv")) {
            for (Dimension width : List.of(LAPTOP, Browser.PHONE)) {
                try (Browser browser = Browser.open(base, language)) {
                    browser.checkEachPage(false); // each page is checked below, by name
                    browser.resize(width);
                    SignInPage.open(browser);
                    browser.assertAccessibleOnce();
                    browser.screenshot("pages-signin-" + language + "-" + width.getWidth());
                    new SignInPage(browser).signIn(COMPANY_CONTACT, "not the password");
                    Waits.upTo(browser.driver(), Duration.ofSeconds(20))
                            .until(d -> !d.findElements(By.cssSelector(".ui-message-error, .ui-messages-error"))
                                    .isEmpty());
                    browser.assertAccessible("wrong password");
                    browser.go("password/forgot.xhtml");
                    browser.assertAccessibleOnce();
                    browser.go("password/set.xhtml?token=unknown");
                    browser.assertAccessibleOnce();
                }
            }
        }
    }

    @Test
    public void formsShowingTheirErrors() {
        try (Browser browser = signedIn(COMPANY_CONTACT, "sv")) {
            for (Dimension width : List.of(LAPTOP, Browser.PHONE)) {
                browser.resize(width);
                browser.go("portal/cases/new.xhtml");
                saveEmpty(browser);
                browser.assertAccessible("errors shown");
                browser.screenshot("pages-errors-portal-new-case-" + width.getWidth());
            }
        }
        try (Browser browser = signedIn(ADMINISTRATOR, "en")) {
            for (Dimension width : List.of(LAPTOP, Browser.PHONE)) {
                browser.resize(width);
                for (String form : List.of(
                        "desk/contacts/edit.xhtml",
                        "desk/customers/edit.xhtml",
                        "desk/contracts/edit.xhtml",
                        "desk/equipment/edit.xhtml",
                        "desk/cases/new.xhtml")) {
                    browser.go(form);
                    saveEmpty(browser);
                    browser.assertAccessible("errors shown");
                    browser.screenshot("pages-errors-"
                            + form.replaceAll("\\.xhtml$", "").replaceAll("\\W+", "-") + "-" + width.getWidth());
                }
            }
        }
    }

    /** Presses the form's main button with nothing filled in and waits for the messages. */
    private static void saveEmpty(Browser browser) {
        WebDriver driver = browser.driver();
        WebElement save = Waits.upTo(driver, Duration.ofSeconds(20))
                .until(d ->
                        d.findElements(By.cssSelector("main form button[type=submit], main form .ui-button")).stream()
                                .filter(WebElement::isDisplayed)
                                .filter(b -> b.getAttribute("id") != null
                                        && b.getAttribute("id").matches(".*(save|raise|submit|create).*"))
                                .findFirst()
                                .orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", save);
        save.click();
        Waits.upTo(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(".ui-message-error, .ui-messages-error"))
                        .isEmpty());
    }

    private void walkAll(String user, String start, String area) {
        List<String> failures = new ArrayList<>();
        int pages = walkTwo(
                found -> walk(user, "en", LAPTOP, start, area, found),
                found -> walk(user, "sv", Browser.PHONE, start, area, found),
                failures);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertTrue(pages > 20, "the walk reached " + pages + " pages");
    }

    /**
     * Two walks at once, each in a browser of its own: a walk spends much of its time waiting for its
     * browser or the server, which the other walk uses. Returns the pages both checked; the failures of
     * both are added to the list.
     */
    private static int walkTwo(
            Function<List<String>, Integer> first, Function<List<String>, Integer> second, List<String> failures) {
        List<String> secondFailures = new ArrayList<>();
        CompletableFuture<Integer> secondWalk = CompletableFuture.supplyAsync(() -> second.apply(secondFailures));
        int pages;
        try {
            pages = first.apply(failures);
        } catch (RuntimeException | Error e) {
            secondWalk.exceptionally(failed -> 0).join(); // it closes its browser before the test ends
            throw e;
        }
        try {
            pages += secondWalk.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        }
        failures.addAll(secondFailures);
        return pages;
    }

    /**
     * Signs in and follows every link under the area, one page per path, checking each page as it
     * loads and with its first menu and confirmation open. Returns how many pages it checked.
     */
    private int walk(String user, String language, Dimension width, String start, String area, List<String> failures) {
        Map<String, String> pages = new LinkedHashMap<>();
        try (Browser browser = signedIn(user, language)) {
            browser.checkEachPage(false); // the walk checks each page itself, in more states
            browser.resize(width);
            Deque<String> toVisit = new ArrayDeque<>(List.of(start));
            while (!toVisit.isEmpty()) {
                String link = toVisit.poll();
                String path = URI.create(link).getPath();
                if (pages.containsKey(path)) {
                    continue;
                }
                pages.put(path, link);
                browser.go(link.startsWith("/") ? link : "/" + link);
                String name = "pages-"
                        + path.replaceAll("^.*?/(portal|desk)/", "$1-")
                                .replaceAll("\\.xhtml$", "")
                                .replaceAll("\\W+", "-")
                        + "-" + language + "-" + width.getWidth();
                check(browser::assertAccessibleOnce, failures);
                browser.screenshot(name);
                if (pages.size() == 1) {
                    openTheTopMenu(browser, failures);
                }
                openFirstMenu(browser, failures);
                openFirstConfirmation(browser, failures);
                for (String next : links(browser, area)) {
                    if (!pages.containsKey(URI.create(next).getPath())) {
                        toVisit.add(next);
                    }
                }
            }
        }
        return pages.size();
    }

    private static void check(Browser browser, String state, List<String> failures) {
        check(() -> browser.assertAccessible(state), failures);
    }

    private static void check(Runnable check, List<String> failures) {
        try {
            check.run();
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    /** The links of the page that stay in the area and lead to a page (no downloads, no sign-out). */
    @SuppressWarnings("unchecked")
    private static List<String> links(Browser browser, String area) {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('a[href]'))"
                        + ".filter(a => a.origin === location.origin)"
                        + ".map(a => a.pathname + a.search);");
        return hrefs.stream()
                .filter(href ->
                        href.contains(area) && URI.create(href).getPath().endsWith(".xhtml"))
                .toList();
    }

    /** Opens the first select menu of the main part, checks the page with its panel open and closes it. */
    private static void openFirstMenu(Browser browser, List<String> failures) {
        WebDriver driver = browser.driver();
        List<WebElement> menus =
                driver.findElements(By.cssSelector("main .ui-selectonemenu:not(.ui-state-disabled)")).stream()
                        .filter(WebElement::isDisplayed)
                        .toList();
        if (menus.isEmpty()) {
            return;
        }
        WebElement menu = menus.get(0);
        String panel = menu.getAttribute("id") + "_panel";
        // a click that lands while the page still settles is tried again, as a user would
        for (int attempt = 1;
                driver.findElements(By.id(panel)).stream().noneMatch(WebElement::isDisplayed);
                attempt++) {
            if (attempt > 3) {
                failures.add(
                        "The select menu " + menu.getAttribute("id") + " did not open on " + driver.getCurrentUrl());
                return;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", menu);
            menu.findElement(By.cssSelector(".ui-selectonemenu-trigger")).click();
            try {
                Waits.upTo(driver, Duration.ofSeconds(5))
                        .until(d -> d.findElements(By.id(panel)).stream().anyMatch(WebElement::isDisplayed));
            } catch (org.openqa.selenium.TimeoutException e) {
                // tried again above
            }
        }
        // the page was checked as it loaded: the field and its list are what changed
        check(
                () -> browser.assertAccessible("select menu open", List.of(menu, driver.findElement(By.id(panel)))),
                failures);
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        Waits.upTo(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.id(panel)).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Opens the first confirmation the page asks for, checks the page with it and answers "No". */
    private static void openFirstConfirmation(Browser browser, List<String> failures) {
        WebDriver driver = browser.driver();
        // under the Content-Security-Policy a button's confirmation is registered in a script, not in onclick
        WebElement button = (WebElement) ((JavascriptExecutor) driver)
                .executeScript("var scripts = Array.from(document.scripts).map(s => s.textContent).join('\\n');"
                        + "return Array.from(document.querySelectorAll('main .ui-button[id]'))"
                        + ".filter(b => b.offsetParent !== null)"
                        + ".find(b => (b.getAttribute('onclick') || '').includes('PrimeFaces.confirm')"
                        + " || scripts.split(\"'\" + b.id + \"'\").slice(1)"
                        + ".some(after => after.substring(0, 800).split('PrimeFaces.csp.register')[0]"
                        + ".includes('PrimeFaces.confirm'))) || null;");
        if (button == null) {
            return;
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", button);
        button.click();
        By dialog = By.cssSelector(".ui-confirm-dialog");
        Waits.upTo(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(dialog).stream().anyMatch(WebElement::isDisplayed));
        check(
                () -> browser.assertAccessible(
                        "confirmation open",
                        driver.findElements(dialog).stream()
                                .filter(WebElement::isDisplayed)
                                .toList()),
                failures);
        driver.findElements(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow(() -> new AssertionError("The confirmation has no No button on " + driver.getCurrentUrl()))
                .click();
        Waits.upTo(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(dialog).stream().noneMatch(WebElement::isDisplayed));
    }

    /**
     * The top bar's menu open: on a phone unfolded behind its button, on a laptop its first group
     * (the desk's) opened; then put back by loading the page again.
     */
    private static void openTheTopMenu(Browser browser, List<String> failures) {
        TopMenu menu = new TopMenu(browser);
        if (menu.buttonShown()) {
            menu.unfold();
            check(browser, "folded menu open", failures);
        }
        List<WebElement> groups =
                browser.driver().findElements(By.cssSelector("header .ui-menubar .ui-menu-parent > a"));
        if (!groups.isEmpty()) {
            groups.get(0).click();
            Waits.upTo(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("header .ui-menubar .ui-menu-parent > ul > li")).stream()
                            .anyMatch(WebElement::isDisplayed));
            check(browser, "menu group open", failures);
        }
        browser.driver().navigate().refresh();
    }

    private Browser signedIn(String user, String language) {
        Browser browser = Browser.open(base, language);
        browser.resize(LAPTOP);
        SignInPage.open(browser).signIn(user, PASSWORD);
        return browser;
    }
}

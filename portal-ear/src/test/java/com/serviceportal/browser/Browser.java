package com.serviceportal.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: the paths are given, so
 * Selenium never tries to download a browser or a driver. Every page a test shows is checked against
 * WCAG 2.1 AA with axe-core once it has loaded (once per path, language and width in a run); a
 * critical or serious violation fails the test when it closes its browser.
 *
 * <p>A closed browser is wiped (cookies, storage, tabs, window size, downloads, console) and kept for
 * the next test that asks for its language: starting Chromium took about a second of both cores'
 * time for each of the run's browsers, more than most of the pages a test shows.
 */
public final class Browser implements AutoCloseable {

    /** The calls after which a new page may be showing. */
    private static final Set<String> MAY_SHOW_A_PAGE = Set.of(
            "get",
            "to",
            "back",
            "forward",
            "refresh",
            "click",
            "submit",
            "sendKeys",
            "findElement",
            "findElements",
            "getCurrentUrl",
            "getTitle");

    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    /**
     * The elements that reach past the window's edge, unless a box around them that scrolls or clips
     * sideways stays inside the window; and the page's own width when it is wider than the window.
     */
    private static final String OUTSIDE_THE_WINDOW =
            """
            const width = window.innerWidth;
            const found = [];
            if (document.documentElement.scrollWidth > width) {
                found.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
            }
            const inside = r => r.left >= -1 && r.right <= width + 1;
            for (const element of document.body.querySelectorAll('*')) {
                const box = element.getBoundingClientRect();
                if (box.width === 0 || box.height === 0 || inside(box)) continue;
                const style = getComputedStyle(element);
                if (style.visibility === 'hidden' || style.position === 'fixed') continue;
                let held = false;
                for (let a = element.parentElement; a && a !== document.body; a = a.parentElement) {
                    const overflow = getComputedStyle(a).overflowX;
                    if (overflow !== 'visible' && inside(a.getBoundingClientRect())) { held = true; break; }
                }
                if (held) continue;
                const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                    + (typeof element.className === 'string' && element.className ? '.' + element.className.trim().split(/\\s+/).join('.') : '');
                found.push(name + ' ' + Math.round(box.left) + '..' + Math.round(box.right));
                if (found.length > 8) break;
            }
            return found;
            """;

    /** Wiped browsers waiting for a test, by their language. */
    private static final Map<String, Deque<ChromeDriver>> IDLE = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> IDLE.values().forEach(idle -> idle.forEach(ChromeDriver::quit))));
    }

    private final ChromeDriver chromium;
    private final WebDriver driver;
    private final URL base;
    private final String language;
    private final List<String> inaccessible = new ArrayList<>();
    private boolean checking;
    private boolean checkEachPage = true;

    private Browser(ChromeDriver chromium, URL base, String language) {
        this.chromium = chromium;
        this.base = base;
        this.language = language;
        this.driver = new EventFiringDecorator<>(new WebDriverListener() {
                    @Override
                    public void afterAnyWebDriverCall(WebDriver d, Method method, Object[] args, Object result) {
                        afterCall(method);
                    }

                    @Override
                    public void afterAnyWebElementCall(
                            WebElement element, Method method, Object[] args, Object result) {
                        afterCall(method);
                    }

                    @Override
                    public void afterAnyNavigationCall(
                            WebDriver.Navigation navigation, Method method, Object[] args, Object result) {
                        afterCall(method);
                    }
                })
                .decorate(chromium);
    }

    /** Checks a page the first time it shows, once it has loaded; the check itself is not watched. */
    private void afterCall(Method method) {
        if (checking || !checkEachPage || !MAY_SHOW_A_PAGE.contains(method.getName())) {
            return;
        }
        checking = true;
        try {
            if (Boolean.TRUE.equals(chromium.executeScript("return window.accessibilityChecked === true;"))) {
                return;
            }
            String key = Accessibility.key(chromium, "as shown");
            if (key != null) {
                inaccessible.addAll(checkOnce(key));
            }
        } catch (WebDriverException e) {
            // an alert, a page going away or a closed window: the next call looks again
        } finally {
            checking = false;
        }
    }

    /** Whether each page is checked as it loads; a test that checks pages itself turns it off. */
    public void checkEachPage(boolean on) {
        checkEachPage = on;
    }

    /**
     * Checks the page in the state it is in now (a menu or dialog open, errors shown) and fails at
     * once on a critical or serious violation.
     */
    public void assertAccessible(String state) {
        assertAccessible(state, List.of());
    }

    /**
     * Checks only the given parts of the page, once they have stopped moving: what opened over a page
     * that was checked as it loaded (a select menu's list, a confirmation), which the rest of the page
     * does not change.
     */
    public void assertAccessible(String state, List<WebElement> within) {
        String key = settledKey(state);
        fail(Accessibility.check(
                chromium, key, within.stream().map(Browser::unwrapped).toList()));
    }

    /**
     * Checks the page as it has loaded, unless a test of this run checked the same page (path,
     * language and width) before; the checks of later tests then pass it by as well.
     */
    public void assertAccessibleOnce() {
        fail(checkOnce(settledKey("as shown")));
    }

    /** Checks the page unless this run checked its key, and marks it so that the page is not asked again. */
    private List<String> checkOnce(String key) {
        List<String> failures = Accessibility.checkOnce(chromium, key);
        chromium.executeScript("window.accessibilityChecked = true;");
        return failures;
    }

    private String settledKey(String state) {
        return Waits.upTo(chromium, Duration.ofSeconds(20)).until(d -> Accessibility.key(chromium, state));
    }

    private static void fail(List<String> failures) {
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " WCAG 2.1 AA violation(s):\n" + String.join("\n", failures));
        }
    }

    /** The element itself, for the page's scripts: the decorated one the test holds is a Java proxy. */
    private static WebElement unwrapped(WebElement element) {
        return element instanceof org.openqa.selenium.WrapsElement wrapper ? wrapper.getWrappedElement() : element;
    }

    /** Lets the browser save downloads into a folder. */
    public void downloadsTo(Path folder) {
        chromium.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        folder.toAbsolutePath().toString()));
    }

    /** A fresh browser (no cookies, no storage) whose preferred language is the given one. */
    public static Browser open(URL base, String language) {
        ChromeDriver chromium = Optional.ofNullable(IDLE.computeIfAbsent(language, l -> new ConcurrentLinkedDeque<>())
                        .pollFirst())
                .orElseGet(() -> launch(language));
        return new Browser(chromium, base, language);
    }

    private static ChromeDriver launch(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                // what a test never uses but Chromium starts with every browser
                "--disable-extensions",
                "--disable-default-apps",
                "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider",
                "--disable-client-side-phishing-detection",
                "--disable-domain-reliability",
                "--disable-breakpad",
                "--mute-audio",
                "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // what the page's console says, e.g. a script the Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver chromium = new ChromeDriver(service, options);
        chromium.manage().window().setSize(DESKTOP);
        chromium.manage().timeouts().implicitlyWait(Duration.ZERO);
        return chromium;
    }

    /**
     * Leaves the browser as {@link #launch} gave it, as far as a page can tell: one new tab (no history,
     * no session storage, no dialog), no cookies, no stored data, the desktop size, downloads as
     * Chromium's default and an empty console. The HTTP cache stays, as for anyone who visited before.
     * False when the browser cannot be wiped, e.g. when it crashed.
     */
    private static boolean wipe(ChromeDriver chromium, URL base) {
        try {
            String kept = chromium.switchTo().newWindow(WindowType.TAB).getWindowHandle();
            for (String tab : chromium.getWindowHandles()) {
                if (!tab.equals(kept)) {
                    chromium.switchTo().window(tab).close();
                }
            }
            chromium.switchTo().window(kept);
            chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            String origin = base.getProtocol() + "://" + base.getAuthority();
            chromium.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            chromium.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
            chromium.manage().window().setSize(DESKTOP);
            chromium.manage().logs().get(LogType.BROWSER);
            return chromium.getWindowHandles().size() == 1;
        } catch (WebDriverException e) {
            return false;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Chromium's session, the same for a browser a test closed and the next test got again. */
    String session() {
        return chromium.getSessionId().toString();
    }

    /** Opens a path of the portal, e.g. {@code portal/cases/list.xhtml}. */
    public void go(String path) {
        driver.get(base.toString().replaceAll("/$", "") + "/" + path.replaceAll("^/", ""));
    }

    /** What the pages' console said since the last call, one message a line. */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * What reaches past the window's edge (see {@link #OUTSIDE_THE_WINDOW}): empty when the page keeps
     * its layout at this width.
     */
    @SuppressWarnings("unchecked")
    public List<String> outsideTheWindow() {
        return ((List<Object>) ((JavascriptExecutor) driver).executeScript(OUTSIDE_THE_WINDOW))
                .stream().map(String::valueOf).toList();
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Scrolls the first element a CSS selector finds to the top of the window, for a screenshot. */
    public void scrollTo(String cssSelector) {
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector(arguments[0]).scrollIntoView(true);", cssSelector);
    }

    /** Keeps a picture of the page under target/screenshots for people to look at. */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, chromium.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the browser; fails when a page it showed broke a WCAG 2.1 AA rule. */
    @Override
    public void close() {
        if (wipe(chromium, base)) {
            IDLE.get(language).offerFirst(chromium);
        } else {
            chromium.quit();
        }
        if (!inaccessible.isEmpty()) {
            throw new AssertionError(
                    inaccessible.size() + " WCAG 2.1 AA violation(s):\n" + String.join("\n", inaccessible));
        }
    }
}

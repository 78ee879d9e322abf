package com.serviceportal.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.naming.OperationNotSupportedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * axe-core's WCAG 2.0 and 2.1 A and AA rules, run on a page as the browser shows it. A critical or
 * serious violation is a failure; lesser ones are listed with every check in
 * {@code target/accessibility/checked.tsv}.
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final Set<String> BLOCKING = Set.of("critical", "serious");

    /** The axe-core script that axe-core's Selenium integration bundles. */
    private static final String AXE = axeScript();

    /**
     * Runs the rules in the page and returns only the violations, as JSON text: handing the whole
     * result (every rule that passed, with its elements) back through WebDriver took longer than the
     * rules themselves.
     */
    private static final String RUN =
            """
            const done = arguments[arguments.length - 1];
            const within = arguments.length > 1 ? arguments[0] : [];
            axe.run(within.length ? {include: within} : document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations'], iframes: false})
                .then(results => done(JSON.stringify(results.violations)), error => done('axe failed: ' + error));
            """
                    .formatted(WCAG_21_AA.stream().map(tag -> "'" + tag + "'").toList());

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final Path LOG = Path.of("target", "accessibility", "checked.tsv");

    /** Page states already checked in this run: a page shown by many tests is checked by the first. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private Accessibility() {}

    /**
     * The page's key: its path, language and width class; {@code null} while it is still loading, an
     * AJAX request is under way or something on it is still moving.
     */
    static String key(WebDriver driver, String state) {
        Object where = ((JavascriptExecutor) driver)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        // a panel or dialog still fading in shows its text lighter than it ends up
                        + " && document.getAnimations().every(a => a.playState !== 'running'"
                        + "      || a.effect.getComputedTiming().iterations === Infinity)"
                        + " && !(window.jQuery && jQuery(':animated').length)"
                        // the application's pages, not the tests' own drivers or downloaded files
                        + " && (location.pathname.endsWith('.xhtml') || location.pathname.endsWith('/'))"
                        + " ? location.pathname + ' ' + document.documentElement.lang"
                        + " + ' ' + (window.innerWidth < 600 ? 'phone' : 'desktop') : null;");
        return where == null ? null : where + " " + state;
    }

    /** Checks the state unless this run checked it before; returns the failures, empty when it passes. */
    static List<String> checkOnce(WebDriver driver, String key) {
        return CHECKED.add(key) ? check(driver, key, List.of()) : List.of();
    }

    /**
     * Checks the page as it is now, or only the given parts of it (what opened over a page already
     * checked), and returns one line per critical or serious violation.
     */
    static List<String> check(WebDriver driver, String key, List<WebElement> within) {
        long begun = System.nanoTime();
        List<Rule> violations = violations((JavascriptExecutor) driver, within);
        long millis = (System.nanoTime() - begun) / 1_000_000;
        List<String> failures = violations.stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .filter(rule -> !knownException(rule))
                .map(rule -> describe(key, driver.getCurrentUrl(), rule))
                .toList();
        log(key + "\t" + failures.size() + "\t" + violations.size() + "\t" + millis);
        return failures;
    }

    private static String axeScript() {
        try {
            return new AxeBuilder().getAxeScriptProvider().getScript();
        } catch (OperationNotSupportedException | IOException e) {
            throw new IllegalStateException("axe-core's script is not bundled", e);
        }
    }

    /** axe-core's violations on the page; the script is added once per page. */
    private static List<Rule> violations(JavascriptExecutor page, List<WebElement> within) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(AXE);
        }
        String json = (String) (within.isEmpty() ? page.executeAsyncScript(RUN) : page.executeAsyncScript(RUN, within));
        if (json.startsWith("axe failed")) {
            throw new IllegalStateException(json);
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Rule>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one exception (docs/accessibility.md): the scrolling list of an open select menu is moved
     * through with the arrow keys from its field (aria-activedescendant), so the list itself takes no
     * focus, which axe-core's scrollable-region-focusable cannot see.
     */
    private static boolean knownException(Rule rule) {
        return rule.getId().equals("scrollable-region-focusable")
                && rule.getNodes().stream()
                        .allMatch(node -> node.getHtml().startsWith("<div class=\"ui-selectonemenu-items-wrapper\""));
    }

    private static String describe(String key, String url, Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " on " + key + " (" + url + "): " + rule.getHelp()
                + rule.getNodes().stream().limit(5).map(Accessibility::node).collect(Collectors.joining());
    }

    private static String node(CheckedNode node) {
        String html = node.getHtml();
        return "\n    " + node.getTarget() + "  " + (html.length() > 160 ? html.substring(0, 160) + "…" : html)
                + "\n      " + String.valueOf(node.getFailureSummary()).replace("\n", " ");
    }

    private static synchronized void log(String line) {
        try {
            Files.createDirectories(LOG.getParent());
            Files.writeString(
                    LOG, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.serviceportal.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;

/** What every page object shares: waiting for elements and reading the page heading. */
abstract class Page {

    protected final Browser browser;
    protected final WebDriver driver;

    Page(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    protected WebElement find(By by) {
        try {
            return Waits.upTo(driver, Duration.ofSeconds(20)).until(d -> {
                try {
                    WebElement element = d.findElement(by);
                    return element.isDisplayed() ? element : null;
                } catch (NoSuchElementException | StaleElementReferenceException e) {
                    return null;
                } catch (WebDriverException e) {
                    if (replaced(e)) {
                        return null;
                    }
                    throw e;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "No " + by + " on " + driver.getCurrentUrl() + ", which shows:\n"
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    /**
     * Picks an entry of a PrimeFaces select menu by the start of its label, and waits until the menu
     * shows it (a click that lands while the panel still opens is tried again). The entry is clicked
     * only once the panel has opened: see {@link #open(By)}.
     */
    protected void choose(String menuId, String labelStart) {
        By item = By.xpath(
                "//li[contains(@class,'ui-selectonemenu-item') and starts-with(@data-label, '" + labelStart + "')]");
        By open = open(By.cssSelector("[id='" + menuId + "']"));
        for (int attempt = 1; !chosen(menuId).startsWith(labelStart); attempt++) {
            if (attempt > 5) {
                throw new AssertionError("Could not choose " + labelStart + " in " + menuId);
            }
            // after a click that did not land the panel may still be open: opening it again would close it
            if (driver.findElements(item).stream().noneMatch(WebElement::isDisplayed)) {
                find(By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-trigger"))
                        .click();
            }
            try {
                Waits.upTo(driver, Duration.ofSeconds(20))
                        .ignoring(StaleElementReferenceException.class)
                        .until(d -> !d.findElements(open).isEmpty()
                                && d.findElements(item).stream().anyMatch(WebElement::isDisplayed));
            } catch (TimeoutException e) {
                // an AJAX update of the form replaced the menu while its panel opened: open it again
                continue;
            }
            try {
                // the panel may close again before the click (an AJAX update of the form, a scroll): then
                // nothing is clicked and the next round opens it again
                driver.findElements(item).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .ifPresent(WebElement::click);
            } catch (ElementNotInteractableException | StaleElementReferenceException e) {
                // the panel was still opening or an AJAX update replaced it: the next round opens it again
                continue;
            } catch (WebDriverException e) {
                if (!replaced(e)) {
                    throw e;
                }
                continue;
            }
            // A choice may reload part of the form.
            settle();
        }
        // A person's next click comes once the panel has gone, not while it still fades out over the form.
        Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(item).stream().noneMatch(WebElement::isDisplayed));
    }

    /**
     * What a select menu shows once its panel has opened: PrimeFaces marks the menu
     * {@code aria-expanded} when the panel's fade-in has ended. A choice clicked while the panel still
     * fades in is taken, but when the panel has faded out PrimeFaces moves the focus back to the menu,
     * also when another field has it by then: the next thing typed would go to the menu, not the field.
     * A person's click comes later than the fade-in's tenth of a second; a test waits for it.
     */
    protected static By open(By menu) {
        return new ByChained(menu, By.cssSelector("[aria-expanded='true']"));
    }

    /** Clicks a button that posts the whole page and waits until the browser shows the answer. */
    protected void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(button).click();
        waitUntilGone(page);
    }

    /** Waits until the element is no longer in the page, e.g. because another page replaced it. */
    protected void waitUntilGone(WebElement element) {
        Waits.upTo(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (replaced(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Whether the error says the element was replaced: Chromium answers so, instead of "stale
     * element", for an element of a page or an AJAX update that has since been replaced.
     */
    private static boolean replaced(WebDriverException e) {
        return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Waits until PrimeFaces has no AJAX request under way. */
    protected void settle() {
        Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** The text of a menu's current choice. */
    protected String chosen(String menuId) {
        return find(By.cssSelector("[id='" + menuId + "'] .ui-selectonemenu-label"))
                .getText();
    }

    /**
     * After a save refused because someone else changed the record: each field shown as it is now
     * saved and as the form holds it, e.g. "Summary: Old text → What I typed".
     */
    public List<String> changedMeanwhile() {
        find(By.id("changed-meanwhile"));
        return driver.findElements(By.cssSelector("#changed-meanwhile .changed-field")).stream()
                .map(row -> row.findElement(By.cssSelector(".changed-field-name"))
                                .getText() + ": "
                        + row.findElement(By.cssSelector(".changed-now")).getText() + " → "
                        + row.findElement(By.cssSelector(".changed-typed")).getText())
                .toList();
    }

    /** Whether the page shows the record as it now stands beside the form. */
    public boolean showsChangedMeanwhile() {
        return !driver.findElements(By.id("changed-meanwhile")).isEmpty();
    }

    /** The error message the page shows, waiting for it. */
    public String error() {
        return find(By.cssSelector("#messages .ui-messages-error")).getText();
    }

    /** The errors shown beside fields, in the order of the page, waiting for the first. */
    public List<String> fieldErrors() {
        find(By.cssSelector(".ui-message-error"));
        return driver.findElements(By.cssSelector(".ui-message-error")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /**
     * What a field tells a screen reader about its error, by the id of the element that takes the focus
     * (e.g. a select menu's {@code …_label}): whether it is marked invalid, the text of what describes
     * it, and whether it holds the focus.
     */
    public FieldError fieldError(String id) {
        // the page's script marks the fields once the page has loaded; a select menu's focusable label is
        // present without being shown
        Waits.upTo(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id(id)).isEmpty()
                        && "complete"
                                .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                        .executeScript("return document.readyState;")));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> state =
                (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                                "var f = document.getElementById(arguments[0]);"
                                        + " var ids = (f.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);"
                                        + " return {invalid: f.getAttribute('aria-invalid') === 'true',"
                                        + " describedBy: ids.map(function (i) { var e = document.getElementById(i);"
                                        + " return e ? e.textContent.trim() : '(no ' + i + ')'; }).join(' '),"
                                        + " focused: f === document.activeElement};",
                                id);
        return new FieldError(
                Boolean.TRUE.equals(state.get("invalid")),
                String.valueOf(state.get("describedBy")),
                Boolean.TRUE.equals(state.get("focused")));
    }

    /**
     * Chooses a file in an upload ({@code <uploadId>_input}) that the page refuses before sending it
     * (see {@code js/uploads.js}), and answers what the refusal beside the upload says.
     */
    public String refusedUpload(String uploadId, Path file) {
        driver.findElement(By.id(uploadId + "_input"))
                .sendKeys(file.toAbsolutePath().toString());
        return Waits.upTo(driver, Duration.ofSeconds(20))
                .withMessage(() -> "a refusal of " + file.getFileName() + " beside " + uploadId)
                .until(d -> d.findElements(By.id(uploadId + "_tooLarge")).stream()
                        .filter(WebElement::isDisplayed)
                        .map(WebElement::getText)
                        .filter(text -> !text.isBlank())
                        .findFirst()
                        .orElse(null));
    }

    /** A field's error as a screen reader has it. */
    public record FieldError(boolean invalid, String describedBy, boolean focused) {}

    /** The error message shown beside a field (the next of its siblings that is one), waiting for it. */
    public String messageBeside(String id) {
        return find(By.xpath("//*[@id='" + id + "']/following-sibling::*[contains(@class,'ui-message-error')]"))
                .getText();
    }

    /** The text of a field of the form, by its client id. */
    public String valueOf(String id) {
        return find(By.id(id)).getAttribute("value");
    }

    /** Replaces the text of a field of the form, by its client id. */
    public void replaceText(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Selects the text of a field and types over it, as a user does: a date picker puts its date back when cleared. */
    public void typeOver(String id, String text) {
        find(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /** Posts the page with the button, waiting for the answer. */
    public void post(String buttonId) {
        submit(By.id(buttonId));
    }

    public String heading() {
        return find(By.cssSelector("main h1")).getText();
    }

    public String text() {
        return find(By.tagName("main")).getText();
    }
}

package com.serviceportal.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * {@code /portal/calendar/index.xhtml} and {@code /desk/calendar/index.xhtml}: the calendar with its
 * legend, the table of the same entries, and on the desk the technician picker.
 */
public class CalendarPage extends Page {

    private static final By TITLE = By.cssSelector(".calendar-schedule .fc-toolbar-title");

    public CalendarPage(Browser browser) {
        super(browser);
        find(TITLE);
        settle();
    }

    public static CalendarPage openPortal(Browser browser) {
        browser.go("portal/calendar/index.xhtml");
        return new CalendarPage(browser);
    }

    public static CalendarPage openDesk(Browser browser) {
        browser.go("desk/calendar/index.xhtml");
        return new CalendarPage(browser);
    }

    /** The month or week the calendar shows, as its title reads. */
    public String title() {
        return textOf(TITLE);
    }

    /** Shows the next month (or week), and waits until the calendar and its table have read it. */
    public CalendarPage next() {
        String before = title();
        String table = tableHeading();
        find(By.cssSelector(".calendar-schedule .fc-next-button")).click();
        // the calendar and its table are drawn again by AJAX: an element read while it is replaced is read again
        Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !title().equals(before));
        Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !tableHeading().equals(table));
        settle();
        return this;
    }

    /** Whether the calendar shows a list rather than a grid, as on a phone. */
    public boolean showsList() {
        return !driver.findElements(By.cssSelector(".calendar-schedule .fc-list"))
                .isEmpty();
    }

    /** The titles of the entries the calendar draws. */
    public List<String> entries() {
        return driver.findElements(By.cssSelector(".calendar-schedule .fc-event")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The titles of the entries in the table below the calendar, each a link. */
    public List<String> tableEntries() {
        return driver.findElements(By.cssSelector(".calendar-table tbody a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String tableHeading() {
        return textOf(By.cssSelector(".calendar-table-heading"));
    }

    /** An element's text, read again when AJAX replaced the element while it was read. */
    private String textOf(By by) {
        return Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(by).getText());
    }

    /** The names of the kinds in the legend. */
    public List<String> legend() {
        return driver.findElements(By.cssSelector(".calendar-legend li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Opens the entry of the calendar whose title contains the text, and waits for its page. */
    public void open(String text) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebElement entry = driver.findElements(By.cssSelector(".calendar-schedule .fc-event")).stream()
                .filter(event -> event.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No entry " + text + " in " + entries()));
        // clear of the top bar, which covers what lies under it
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", entry);
        entry.click();
        waitUntilGone(page);
    }

    /** "Make my calendar address" on a contact's page: answers the message the page then shows. */
    public String makeAddress() {
        String before = feedAddress();
        find(By.id("feed:renew")).click();
        return messageOnceAddressIsNot(before);
    }

    /** "Renew", confirmed: answers the message the page then shows. */
    public String renewAddress() {
        String before = feedAddress();
        find(By.id("feed:renew")).click();
        find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        return messageOnceAddressIsNot(before);
    }

    /** The address the page shows right after making one; empty when it shows none. */
    private String feedAddress() {
        return driver.findElements(By.id("feed:feedUrl")).stream()
                .map(field -> field.getAttribute("value"))
                .findFirst()
                .orElse("");
    }

    private String messageOnceAddressIsNot(String before) {
        Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> !feedAddress().isEmpty() && !feedAddress().equals(before));
        settle();
        return find(By.cssSelector("#messages .ui-messages-info")).getText();
    }

    /** Shows one technician's visits (or "The whole team"). */
    public CalendarPage technician(String name) {
        choose("calendar:technician", name);
        settle();
        find(TITLE);
        return this;
    }
}

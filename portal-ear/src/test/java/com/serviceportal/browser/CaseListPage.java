package com.serviceportal.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * {@code /portal/cases/list.xhtml} and the desk's {@code /desk/cases/queue.xhtml}: filters above a
 * table of cases that is read one page at a time.
 */
public class CaseListPage extends Page {

    public CaseListPage(Browser browser) {
        super(browser);
        find(By.cssSelector(".case-table"));
    }

    public static CaseListPage open(Browser browser) {
        browser.go("portal/cases/list.xhtml");
        return new CaseListPage(browser);
    }

    public static CaseListPage openQueue(Browser browser) {
        browser.go("desk/cases/queue.xhtml");
        return new CaseListPage(browser);
    }

    public List<String> caseNumbers() {
        return driver.findElements(By.cssSelector(".case-table a.case-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The text of the row of a case, e.g. its due time and flag; empty when it is not shown. */
    public String rowText(String number) {
        return driver
                .findElements(By.xpath(
                        "//*[contains(@class,'case-table')]//tr[.//a[contains(@class,'case-link') and normalize-space()='"
                                + number + "']]"))
                .stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    /** Waits until the table shows exactly these case numbers, in this order. */
    public CaseListPage waitForNumbers(List<String> expected) {
        return waitUntil(() -> caseNumbers().equals(expected), "case numbers " + expected);
    }

    /** Waits until the table shows this case number. */
    public CaseListPage waitForNumber(String number, Duration patience) {
        return waitUntil(() -> caseNumbers().contains(number), "case " + number, patience);
    }

    /**
     * Types into the search field and waits until the table shows the answer: the list filters 400 ms
     * after the last key (the page's {@code p:ajax delay}) and draws the table anew, so the table shown
     * before is marked first and the answer is the table without the mark. A click before it arrives (a
     * sort) would be overtaken by it.
     */
    public CaseListPage search(String text) {
        WebElement field = find(By.cssSelector(".list-filter-text input"));
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelector('.case-table').dataset.beforeSearch = 'true';");
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        Waits.upTo(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("const table = document.querySelector('.case-table');"
                                + " return table !== null && !table.dataset.beforeSearch;")));
        return waitForAjax();
    }

    /** Clicks a column header to sort by it (again to reverse). */
    public CaseListPage sortBy(String header) {
        find(By.xpath("//table//th[.//span[normalize-space()='" + header + "']]"))
                .click();
        return this;
    }

    /**
     * Waits until the column shows the given direction ("ascending" or "descending"): the table
     * marks it only when the sorted rows have arrived.
     */
    public CaseListPage waitForSort(String header, String direction) {
        return waitUntil(() -> direction.equals(sortOf(header)), header + " sorted " + direction);
    }

    /** Whether the column is shown as the sorted one. */
    public String sortOf(String header) {
        return find(By.xpath("//table//th[.//span[normalize-space()='" + header + "']]"))
                .getAttribute("aria-sort");
    }

    /** Ticks one option of a multiple-choice filter (e.g. "severity", "Low") and closes its list. */
    public CaseListPage tick(String filter, String option) {
        find(By.cssSelector("[id$=':" + filter + "'] .ui-selectcheckboxmenu-label-container"))
                .click();
        find(By.xpath("//*[substring(@id, string-length(@id) - string-length('" + filter + "_panel') + 1) = '"
                        + filter + "_panel']//li[normalize-space(.)='" + option + "']//div[contains(@class,"
                        + " 'ui-chkbox-box')]"))
                .click();
        find(By.xpath("//*[substring(@id, string-length(@id) - string-length('" + filter + "_panel') + 1) = '" + filter
                        + "_panel']//a[contains(@class, 'ui-selectcheckboxmenu-close')]"))
                .click();
        return this;
    }

    /**
     * Picks an option of a single-choice filter, e.g. "site", "Nordic Foods Malmö warehouse", and
     * waits until the menu shows it. A click that misses the option (the panel still opening, under the
     * top bar, or closing again because the page scrolled: PrimeFaces closes a select panel when the
     * window scrolls) is tried again as a person would: the menu closed, brought to the middle of the
     * window and opened again. Scrolling while the panel is open would close it.
     */
    public CaseListPage pickFilter(String filter, String option) {
        settle();
        By panel = By.xpath("//*[substring(@id, string-length(@id) - string-length('" + filter + "_panel') + 1) = '"
                + filter + "_panel']");
        for (int attempt = 1; ; attempt++) {
            By menuLocator = By.cssSelector("[id$=':" + filter + "'].ui-selectonemenu");
            WebElement menu = find(menuLocator);
            closePanel(menu, panel);
            // in the middle of the window, so its panel opens clear of the top bar that stays in view
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
            menu.click();
            WebElement item = find(By.xpath("//*[substring(@id, string-length(@id) - string-length('" + filter
                    + "_panel') + 1) = '" + filter + "_panel']//li[contains(@class, 'ui-selectonemenu-item') and"
                    + " normalize-space(.)='" + option + "']"));
            try {
                Waits.upTo(driver, Duration.ofSeconds(5))
                        .until(d -> !d.findElements(open(menuLocator)).isEmpty());
                item.click();
                waitUntil(
                        () -> option.equals(find(By.cssSelector("[id$=':" + filter + "'] .ui-selectonemenu-label"))
                                .getText()),
                        "the " + filter + " filter showing " + option,
                        Duration.ofSeconds(5));
                settle();
                return this;
            } catch (ElementNotInteractableException | TimeoutException | AssertionError missed) {
                if (attempt == 3) {
                    throw missed;
                }
            }
        }
    }

    /** Closes the menu's panel if it is open and waits until it is gone. */
    private void closePanel(WebElement menu, By panel) {
        if (driver.findElements(panel).stream().anyMatch(WebElement::isDisplayed)) {
            menu.click(); // the menu toggles its panel
            Waits.upTo(driver, Duration.ofSeconds(5))
                    .until(d -> d.findElements(panel).stream().noneMatch(WebElement::isDisplayed));
        }
    }

    public CaseListPage toggleComplete() {
        find(By.cssSelector(".list-filter-switch .ui-toggleswitch")).click();
        return this;
    }

    /** What the table says when nothing matches. */
    public String emptyText() {
        return find(By.cssSelector(".case-table .empty-state")).getText();
    }

    /** The desk's cue that new cases arrived, waited for as long as a poll may take. */
    public String arrivedCue() {
        return find(By.cssSelector(".arrived-cue")).getText();
    }

    /** The rows marked as new since the queue was opened. */
    public List<String> newRows() {
        return driver.findElements(By.cssSelector(".case-table tr.case-new a.case-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Waits until no AJAX request of the page is under way. */
    /** The label of a filter's current choice, e.g. the customer the queue is narrowed to. */
    public String filterChoice(String filter) {
        return find(By.cssSelector("[id$=':" + filter + "'].ui-selectonemenu .ui-selectonemenu-label"))
                .getText();
    }

    /** The paginator's "next page". */
    public CaseListPage nextPage() {
        find(By.cssSelector(".case-table .ui-paginator-next")).click();
        return waitForAjax();
    }

    /** The paginator's "previous page". */
    public CaseListPage previousPage() {
        find(By.cssSelector(".case-table .ui-paginator-prev")).click();
        return waitForAjax();
    }

    public CaseListPage waitForAjax() {
        settle();
        return this;
    }

    public NewCasePage raiseCase() {
        find(By.id("raise")).click();
        return new NewCasePage(browser);
    }

    public void signOut() {
        find(By.id("nav:signOut")).click();
    }

    private CaseListPage waitUntil(java.util.function.BooleanSupplier condition, String what) {
        return waitUntil(condition, what, Duration.ofSeconds(15));
    }

    private CaseListPage waitUntil(java.util.function.BooleanSupplier condition, String what, Duration patience) {
        try {
            Waits.upTo(driver, patience)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
            return this;
        } catch (TimeoutException e) {
            throw new AssertionError("Expected " + what + " but the table shows " + caseNumbers(), e);
        }
    }
}

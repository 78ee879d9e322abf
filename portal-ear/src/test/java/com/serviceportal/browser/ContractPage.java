package com.serviceportal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A contract's terms and hours: the desk's {@code /desk/contracts/detail.xhtml} with its audit, and
 * the cards of the customer's {@code /portal/contracts/list.xhtml}.
 */
public class ContractPage extends Page {

    private final By card;

    private ContractPage(Browser browser, By card) {
        super(browser);
        this.card = card;
        find(card);
    }

    public static ContractPage atDesk(Browser browser) {
        return new ContractPage(browser, By.cssSelector(".contract-facts"));
    }

    /** The customer's card of one contract, by its reference. */
    public static ContractPage inPortal(Browser browser, String reference) {
        browser.go("portal/contracts/list.xhtml");
        return new ContractPage(
                browser,
                By.xpath("//*[contains(@class,'contract-card')][.//dd[contains(@class,'contract-reference')"
                        + " and normalize-space()='" + reference + "']]"));
    }

    /** Whether the desk's page offers the action, e.g. {@code delete} or {@code cancel}. */
    public boolean offers(String action) {
        return !driver.findElements(By.id("actions:" + action)).isEmpty();
    }

    /**
     * Presses the action, checks the open confirmation as a screen reader's user meets it, and
     * confirms; the browser is then on the page the action leads to.
     */
    public void confirm(String action, String screenshot) {
        find(By.id("actions:" + action)).click();
        find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.assertAccessible(action + " confirmation open");
        browser.screenshot(screenshot);
        find(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
    }

    /** A fact of the contract by its class, e.g. {@code contract-used}. */
    public String fact(String name) {
        return find(card).findElement(By.cssSelector("." + name)).getText().strip();
    }

    public String state() {
        return fact("contract-state-cell");
    }

    public String auditTotal() {
        return find(By.id("audit-total")).getText();
    }

    /** The summary tab: one line per case. */
    public List<String> auditCases() {
        return rows("audit:cases");
    }

    /** The detail tab: one line per note. */
    public List<String> auditNotes() {
        find(By.xpath("//a[contains(@href,'audit:detail') or @data-index='1']")).click();
        find(By.cssSelector("[id='audit:notes'] tbody tr"));
        return rows("audit:notes");
    }

    private List<String> rows(String tableId) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .map(WebElement::getText)
                .map(text -> text.replaceAll("\\s+", " ").strip())
                .toList();
    }
}

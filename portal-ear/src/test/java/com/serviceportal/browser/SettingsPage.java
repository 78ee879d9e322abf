package com.serviceportal.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A page of the desk's administration under {@code /desk/settings/}: a list of entries with edit and
 * delete buttons, and a form (fields addressed by their ids, e.g. {@code editor:name}).
 */
public class SettingsPage extends Page {

    public SettingsPage(Browser browser) {
        super(browser);
        find(By.cssSelector("main .ui-card"));
    }

    /** Opens {@code /desk/settings/<name>.xhtml}, e.g. {@code fields}. */
    public static SettingsPage open(Browser browser, String name) {
        browser.go("desk/settings/" + name + ".xhtml");
        return new SettingsPage(browser);
    }

    public String value(String id) {
        return find(By.id(id)).getAttribute("value");
    }

    public SettingsPage fill(String id, String text) {
        WebElement input = find(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Ticks or clears a checkbox. */
    public SettingsPage check(String id, boolean ticked) {
        WebElement input = driver.findElement(By.id(id + "_input"));
        if (input.isSelected() != ticked) {
            find(By.cssSelector("[id='" + id + "'] .ui-chkbox-box")).click();
        }
        return this;
    }

    /** Ticks or unticks one option, by its value, of a group of check boxes. */
    public SettingsPage tick(String id, String value, boolean ticked) {
        WebElement input = driver.findElement(By.cssSelector("input[name='" + id + "'][value='" + value + "']"));
        if (input.isSelected() != ticked) {
            input.findElement(By.xpath(
                            "ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]"))
                    .click();
        }
        return this;
    }

    /** Picks an option of a drop-down by its label. */
    public SettingsPage pick(String id, String label) {
        choose(id, label);
        return this;
    }

    /** Clicks a button and waits for the page it leads to. */
    public SettingsPage press(String id) {
        return clickAndWait(find(By.id(id)));
    }

    /** The messages at the top of the page, e.g. "… has been saved." */
    public String messages() {
        return find(By.id("messages")).getText();
    }

    /** The text of each row of the list with the given id. */
    public List<String> rows(String tableId) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Deletes the entry whose name is shown in the list, confirming in the dialog. */
    public SettingsPage delete(String tableId, String name) {
        find(By.xpath("//*[@id='" + tableId + "']//tr[.//*[normalize-space()='" + name
                        + "']]//button[contains(@id, ':delete')]"))
                .click();
        WebElement yes = Waits.upTo(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        return clickAndWait(yes);
    }

    /** Opens the entry whose name is shown in the list in the form. */
    public SettingsPage edit(String tableId, String name) {
        return clickAndWait(find(By.xpath("//*[@id='" + tableId + "']//tr[.//*[normalize-space()='" + name
                + "']]//button[contains(@id, ':edit')]")));
    }

    /** Scrolls the element with this id to the top of the window, e.g. the form below a long list. */
    public SettingsPage show(String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView(true);", find(By.id(id)));
        return this;
    }

    /** Follows a link in the list, e.g. a subject's name to show its subtypes. */
    public SettingsPage follow(String text) {
        return clickAndWait(find(By.linkText(text)));
    }

    /** Clicks something that posts the page, and waits until the answer has replaced it. */
    private SettingsPage clickAndWait(WebElement element) {
        WebElement old = driver.findElement(By.tagName("main"));
        element.click();
        Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> replaced(old));
        return new SettingsPage(browser);
    }

    /** Whether the element has left the page; Chromium may say so with an error of its own. */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    /** The text of the top bar, where the menu is. */
    public static String topBar(Browser browser) {
        return browser.driver().findElement(By.cssSelector("header.topbar")).getText();
    }
}

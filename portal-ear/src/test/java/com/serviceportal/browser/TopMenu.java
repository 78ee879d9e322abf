package com.serviceportal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The menu in the top bar of every portal and desk page: a bar on wide screens, folded behind the
 * menu button on a phone. Items and groups are named by their ids in the templates.
 */
public class TopMenu extends Page {

    private static final By BUTTON = By.cssSelector("header .menu-toggle");
    private static final By BAR = By.cssSelector("header .menu.ui-menubar");

    public TopMenu(Browser browser) {
        super(browser);
        find(By.cssSelector("header.topbar"));
    }

    public boolean buttonShown() {
        return driver.findElement(BUTTON).isDisplayed();
    }

    public boolean barShown() {
        return driver.findElement(BAR).isDisplayed();
    }

    /** Presses the phone's menu button and waits until the menu shows. */
    public TopMenu unfold() {
        find(BUTTON).click();
        find(BAR);
        return this;
    }

    /** Opens a group of the menu, e.g. {@code administration}, and waits until its items show. */
    public TopMenu openGroup(String groupId) {
        find(By.cssSelector("[id='nav:" + groupId + "'] > a")).click();
        find(By.cssSelector("[id='nav:" + groupId + "'] > ul > li"));
        return this;
    }

    public boolean itemShown(String itemId) {
        return driver.findElements(By.id("nav:" + itemId)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Clicks an item of the menu and waits for the page it leads to. */
    public PlainPage choose(String itemId) {
        WebElement old = driver.findElement(By.tagName("main"));
        find(By.id("nav:" + itemId)).click();
        waitUntilGone(old);
        return new PlainPage(browser);
    }

    /** The labels of the menu's first level, as shown. */
    public List<String> rootLabels() {
        return driver.findElements(By.cssSelector("header .menu.ui-menubar > ul > li > a")).stream()
                .map(WebElement::getText)
                .filter(text -> !text.isBlank())
                .toList();
    }

    /** On how many lines the first level of the menu lies. */
    public long rootLines() {
        return ((Number)
                        ((JavascriptExecutor) driver)
                                .executeScript(
                                        "return new Set(Array.from(document.querySelectorAll("
                                                + "'header .menu.ui-menubar > ul > li')).map(li => li.getBoundingClientRect().top)).size;"))
                .longValue();
    }

    /** How tall the top bar stands, in CSS pixels. */
    public int headerHeight() {
        return find(By.cssSelector("header.topbar")).getSize().getHeight();
    }

    /** Whether the brand and the menu button share the first line of the top bar. */
    public boolean brandBesideButton() {
        WebElement brand = find(By.cssSelector("header .brand"));
        WebElement button = find(BUTTON);
        int brandMiddle = brand.getLocation().getY() + brand.getSize().getHeight() / 2;
        return brandMiddle > button.getLocation().getY()
                && brandMiddle < button.getLocation().getY() + button.getSize().getHeight();
    }
}

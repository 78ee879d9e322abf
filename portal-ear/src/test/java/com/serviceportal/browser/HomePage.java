package com.serviceportal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The portal's start page: the modules as cards, and the help desk's search. */
public class HomePage extends Page {

    public HomePage(Browser browser) {
        super(browser);
        find(By.cssSelector(".home-modules"));
    }

    public static HomePage open(Browser browser) {
        browser.go("portal/home.xhtml");
        return new HomePage(browser);
    }

    /** The cards' titles, in their order. */
    public List<String> modules() {
        return driver.findElements(By.cssSelector(".home-module-title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Follows a card by its module id (cases, contracts, mySite, ...). */
    public PlainPage open(String module) {
        WebElement card = find(By.cssSelector("a[data-module='" + module + "']"));
        card.sendKeys(Keys.ENTER);
        waitUntilGone(card);
        return new PlainPage(browser);
    }

    /** Searches the help desk from the start page. */
    public PlainPage search(String words) {
        WebElement box = find(By.id("q"));
        box.sendKeys(words);
        box.sendKeys(Keys.ENTER);
        waitUntilGone(box);
        return new PlainPage(browser);
    }

    /** The number of distinct left edges of the cards: how many stand side by side. */
    public long columns() {
        return driver.findElements(By.cssSelector(".home-module")).stream()
                .map(card -> card.getRect().getX())
                .distinct()
                .count();
    }
}

package com.serviceportal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Any page of one site: the site's header and tabs above the tab's own content (the site page
 * itself, its cases, documents or invoices).
 */
public class SitePage extends Page {

    public SitePage(Browser browser) {
        super(browser);
        find(By.cssSelector(".site-tabs"));
    }

    public static SitePage open(Browser browser, String path) {
        browser.go(path);
        return new SitePage(browser);
    }

    public String siteName() {
        return find(By.cssSelector(".site-header .site-name")).getText();
    }

    public String address() {
        return find(By.cssSelector(".site-header .site-address")).getText();
    }

    public boolean hasBackLink() {
        return !driver.findElements(By.cssSelector(".site-header .site-back")).isEmpty();
    }

    public List<String> tabs() {
        return driver.findElements(By.cssSelector(".site-tabs .ui-menuitem-text")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String activeTab() {
        return find(By.cssSelector(".site-tabs .ui-state-active .ui-menuitem-text"))
                .getText();
    }

    /** Follows a tab by its label and waits for its page. */
    public SitePage tab(String label) {
        find(By.xpath("//*[contains(@class,'site-tabs')]//a[.//span[normalize-space(.)='" + label + "']]"))
                .click();
        Waits.upTo(driver, java.time.Duration.ofSeconds(20))
                .until(d -> label.equals(
                        d.findElements(By.cssSelector(".site-tabs .ui-state-active .ui-menuitem-text")).stream()
                                .map(WebElement::getText)
                                .findFirst()
                                .orElse("")));
        return new SitePage(browser);
    }

    /** The text of the tab's content below the tabs. */
    public String content() {
        return find(By.cssSelector("main.content")).getText();
    }

    /** The rows of the tab's table, one text each. */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("main .ui-datatable-data > tr")).stream()
                .map(WebElement::getText)
                .toList();
    }
}

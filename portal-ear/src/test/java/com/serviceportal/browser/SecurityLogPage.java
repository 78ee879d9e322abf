package com.serviceportal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /desk/settings/security-log.xhtml}: the administrator's security log, newest first. */
public class SecurityLogPage extends Page {

    public SecurityLogPage(Browser browser) {
        super(browser);
        find(By.id("log:entries"));
    }

    public static SecurityLogPage open(Browser browser) {
        browser.go("desk/settings/security-log.xhtml");
        return new SecurityLogPage(browser);
    }

    /** Shows only one kind of event, by the start of its label ("Sign-in failed"); waits for the table. */
    public SecurityLogPage kind(String labelStart) {
        choose("log:kind", labelStart);
        return find();
    }

    /** Shows only events whose username, address or detail holds the text; waits for the table. */
    public SecurityLogPage search(String text) {
        WebElement input = find(By.id("log:text"));
        input.clear();
        input.sendKeys(text);
        return find();
    }

    private SecurityLogPage find() {
        find(By.id("log:find")).click();
        settle();
        return this;
    }

    /** Each row as its cells' texts: time, event, username, done by, address, detail. */
    public List<List<String>> rows() {
        return driver.findElements(By.cssSelector("[id='log:entries'] tbody tr")).stream()
                .filter(row -> row.findElements(By.cssSelector(".empty-state")).isEmpty())
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(cell -> cell.getText().strip())
                        .toList())
                .toList();
    }
}

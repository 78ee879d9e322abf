package com.serviceportal.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** {@code /portal/cases/new.xhtml}: the new-case form and, after saving, its confirmation. */
public class NewCasePage extends Page {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    public NewCasePage(Browser browser) {
        super(browser);
        find(By.id("newCase:summary"));
    }

    /** The client id of the analysis field with this label. */
    public String fieldLabelled(String label) {
        return find(By.xpath("//form[@id='newCase']//label[normalize-space()='" + label + "']"))
                .getAttribute("for");
    }

    public NewCasePage summary(String summary) {
        find(By.id("newCase:summary")).sendKeys(summary);
        return this;
    }

    public NewCasePage description(String description) {
        find(By.id("newCase:description")).sendKeys(description);
        return this;
    }

    /** Picks a severity by its label. */
    public NewCasePage severity(String label) {
        find(By.xpath("//*[@id='newCase:severity']//label[span[@class='severity-name' and normalize-space()='" + label
                        + "']]"))
                .click();
        return this;
    }

    public NewCasePage equipment(String labelStart) {
        choose("newCase:equipment", labelStart);
        return this;
    }

    public NewCasePage contract(String labelStart) {
        choose("newCase:contract", labelStart);
        return this;
    }

    public NewCasePage faultCode(String friendlyName) {
        choose("newCase:faultCode", friendlyName);
        return this;
    }

    /** The contracts offered, as the list shows them. */
    public java.util.List<String> contracts() {
        return driver.findElements(By.cssSelector("[id='newCase:contract_input'] option")).stream()
                .map(option -> option.getAttribute("textContent").strip())
                .toList();
    }

    /** The desk's new-case alert message shown after saving. */
    public String alert() {
        return find(By.id("alert")).getText();
    }

    public void save() {
        find(By.id("newCase:save")).click();
    }

    /** The confirmation after saving. */
    public String confirmation() {
        return find(By.id("raised")).getText();
    }

    public long raisedNumber() {
        Matcher matcher = NUMBER.matcher(confirmation());
        if (!matcher.find()) {
            throw new AssertionError("No case number in: " + confirmation());
        }
        return Long.parseLong(matcher.group(1));
    }

    public String summaryError() {
        return find(By.cssSelector(".field .ui-message-error")).getText();
    }

    public CaseListPage backToCases() {
        find(By.id("back")).click();
        return new CaseListPage(browser);
    }
}

package com.serviceportal.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;

/** {@code /desk/documents/list.xhtml}: upload documents onto a customer or site and publish them. */
public class DeskDocumentsPage extends Page {

    public DeskDocumentsPage(Browser browser) {
        super(browser);
        find(By.cssSelector(".document-upload"));
    }

    public static DeskDocumentsPage open(Browser browser, String account) {
        browser.go("desk/documents/list.xhtml?account=" + account);
        return new DeskDocumentsPage(browser);
    }

    public DeskDocumentsPage upload(String account, String title, Path file) {
        return fillIn(account, title, file).save();
    }

    /** Types the account and title and chooses the file, without sending the form. */
    public DeskDocumentsPage fillIn(String account, String title, Path file) {
        find(By.id("upload:account")).sendKeys(account);
        find(By.id("upload:title")).sendKeys(title);
        driver.findElement(By.cssSelector("input[type='file'][id^='upload:file']"))
                .sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Presses Upload and waits for the answer. */
    public DeskDocumentsPage save() {
        return clickAndWait(find(By.id("upload:save")));
    }

    /** The id of the upload's file input, the control that takes the keyboard. */
    public String fileInputId() {
        return driver.findElement(By.cssSelector("input[type='file'][id^='upload:file']"))
                .getAttribute("id");
    }

    public String messages() {
        return find(By.id("messages")).getText();
    }

    public String row(String title) {
        return documentRow(title).getText();
    }

    /** Presses Publish on a document's row and waits until the row says so. */
    public DeskDocumentsPage publish(String title) {
        documentRow(title).findElement(By.cssSelector("button.publish")).click();
        // the answer redraws the table, so a row found just before may be gone when read
        Waits.upTo(driver, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> row(title).contains("Published"));
        return this;
    }

    private org.openqa.selenium.WebElement documentRow(String title) {
        return find(By.xpath("//tr[.//a[contains(@class,'document-link') and normalize-space(.)='" + title + "']]"));
    }

    /** Clicks something that posts the page, and waits until the answer has replaced it. */
    private DeskDocumentsPage clickAndWait(org.openqa.selenium.WebElement element) {
        org.openqa.selenium.WebElement old = driver.findElement(By.tagName("main"));
        element.click();
        Waits.upTo(driver, java.time.Duration.ofSeconds(20)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        return new DeskDocumentsPage(browser);
    }
}

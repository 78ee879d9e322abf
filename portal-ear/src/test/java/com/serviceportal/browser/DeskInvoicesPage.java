package com.serviceportal.browser;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /desk/invoices/list.xhtml}: record, mark paid and import invoices. */
public class DeskInvoicesPage extends Page {

    public DeskInvoicesPage(Browser browser) {
        super(browser);
        find(By.cssSelector(".invoice-import"));
    }

    public static DeskInvoicesPage open(Browser browser, String account) {
        browser.go("desk/invoices/list.xhtml?account=" + account);
        return new DeskInvoicesPage(browser);
    }

    /** Sends a CSV file to the import and waits for the answer. */
    public DeskInvoicesPage importFile(Path file) {
        driver.findElement(By.cssSelector("input[type='file'][id^='import:file']"))
                .sendKeys(file.toAbsolutePath().toString());
        return clickAndWait(find(By.id("import:run")));
    }

    /** Chooses a file without sending it. */
    public DeskInvoicesPage choose(Path file) {
        driver.findElement(By.cssSelector("input[type='file'][id^='import:file']"))
                .sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Runs the import with no file chosen, and waits for the answer. */
    public DeskInvoicesPage importNothing() {
        return clickAndWait(find(By.id("import:run")));
    }

    /** The id of the import's file input, the control that takes the keyboard. */
    public String fileInputId() {
        // Present but not displayed: the upload shows its own button over the input.
        return driver.findElement(By.cssSelector("input[type='file'][id^='import:file']"))
                .getAttribute("id");
    }

    public List<String> problems() {
        return driver.findElements(By.cssSelector(".import-problem")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String messages() {
        return find(By.id("messages")).getText();
    }

    public String row(String number) {
        return find(By.xpath(
                        "//tr[.//span[contains(@class,'invoice-number') and normalize-space(.)='" + number + "']]"))
                .getText();
    }

    /** Clicks something that posts the page, and waits until the answer has replaced it. */
    private DeskInvoicesPage clickAndWait(org.openqa.selenium.WebElement element) {
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
        return new DeskInvoicesPage(browser);
    }
}

package com.serviceportal.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /desk/settings/fault-codes.xhtml}: the fault codes and their import. */
public class FaultCodesPage extends Page {

    public FaultCodesPage(Browser browser) {
        super(browser);
        find(By.cssSelector(".fault-code-import"));
    }

    public static FaultCodesPage open(Browser browser) {
        browser.go("desk/settings/fault-codes.xhtml");
        return new FaultCodesPage(browser);
    }

    public FaultCodesPage upload(Path file) {
        driver.findElement(By.cssSelector("[id='upload:file'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        Waits.upTo(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("check:chosen"))
                        .getText()
                        .contains(file.getFileName().toString()));
        return this;
    }

    /** The file the page holds for checking, or what it says when none is chosen. */
    public String chosen() {
        return find(By.id("check:chosen")).getText();
    }

    public FaultCodesPage check() {
        find(By.id("check:checkFile")).click();
        find(By.id("check:result"));
        return this;
    }

    public List<String> problems() {
        return driver.findElements(By.cssSelector(".problem-list .problem")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public String clean() {
        return find(By.id("check:clean")).getText();
    }

    public boolean importEnabled() {
        return find(By.id("check:importFile")).isEnabled()
                && !find(By.id("check:importFile")).getAttribute("class").contains("ui-state-disabled");
    }

    public String importFile() {
        find(By.id("check:importFile")).click();
        return Waits.upTo(driver, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("check:done")).stream()
                        .findFirst()
                        .map(WebElement::getText)
                        .orElse(null));
    }

    public String codesText() {
        return find(By.cssSelector(".fault-code-table")).getText();
    }
}

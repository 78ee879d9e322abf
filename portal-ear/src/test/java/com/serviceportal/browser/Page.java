package com.serviceportal.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object shares: waiting for elements and reading the page heading. */
abstract class Page {

    protected final Browser browser;
    protected final WebDriver driver;

    Page(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    protected WebElement find(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "No " + by + " on " + driver.getCurrentUrl() + ", which shows:\n"
                            + driver.findElement(By.tagName("body")).getText(),
                    e);
        }
    }

    public String heading() {
        return find(By.cssSelector("main h1")).getText();
    }

    public String text() {
        return find(By.tagName("main")).getText();
    }
}

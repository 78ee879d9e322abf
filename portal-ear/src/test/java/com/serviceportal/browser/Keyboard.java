package com.serviceportal.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The page as someone without a mouse uses it: keys pressed wherever the focus is, and what holds the
 * focus now. Elements are named by their ids or CSS selectors.
 */
public class Keyboard extends Page {

    public Keyboard(Browser browser) {
        super(browser);
        find(By.tagName("main"));
    }

    public Keyboard press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        return this;
    }

    public Keyboard tab() {
        return press(Keys.TAB);
    }

    /** Presses Tab until the focus is on the element the CSS selector finds; fails after a number of presses. */
    public int tabTo(String cssSelector, int atMost) {
        for (int presses = 1; presses <= atMost; presses++) {
            tab();
            if (focusIsOn(cssSelector)) {
                return presses;
            }
        }
        throw new AssertionError(
                atMost + " presses of Tab never reached " + cssSelector + "; the focus is on " + describe(focused()));
    }

    /** Presses Enter on a link that leads to another page, and waits for that page. */
    public PlainPage follow() {
        WebElement page = driver.findElement(By.tagName("main"));
        press(Keys.ENTER);
        waitUntilGone(page);
        return new PlainPage(browser);
    }

    /** Waits until the element the CSS selector finds holds the focus. */
    public Keyboard waitForFocusOn(String cssSelector) {
        try {
            Waits.upTo(driver, Duration.ofSeconds(10)).until(d -> focusIsOn(cssSelector));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The focus never came to " + cssSelector + "; it is on " + describe(focused()), e);
        }
        return this;
    }

    public boolean focusIsOn(String cssSelector) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "var e = document.querySelector(arguments[0]); return !!e && e === document.activeElement;",
                        cssSelector));
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Whether the element stands inside the window, e.g. a skip link shown because it has the focus. */
    public boolean inView(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + " return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0"
                                + " && r.bottom <= window.innerHeight && r.right <= window.innerWidth;",
                        element));
    }

    static String describe(WebElement element) {
        return element.getTagName() + "#" + element.getAttribute("id") + "." + element.getAttribute("class") + " \""
                + element.getText() + "\"";
    }
}

package com.serviceportal.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;

/** {@code /password/set.xhtml?token=…}, the page a single-use link opens. */
public class SetPasswordPage extends Page {

    public SetPasswordPage(Browser browser) {
        super(browser);
        find(By.cssSelector("main h1"));
    }

    /** The password rule as stated before anything is typed. */
    public String rule() {
        return find(By.cssSelector(".password-rule")).getText();
    }

    public String linkProblem() {
        return find(By.cssSelector(".link-invalid")).getText();
    }

    /**
     * Types a password and answers the live check's verdict once it reads {@code expected}, or
     * whatever it reads after 20 seconds (the check runs a moment after the last key).
     */
    public String type(String password, String expected) {
        var field = find(By.id("set:password"));
        field.clear();
        field.sendKeys(password);
        try {
            Waits.upTo(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> expected.equals(
                            d.findElement(By.id("set:ruleStatus")).getText()));
        } catch (TimeoutException e) {
            // the assertion on the answer names what the page showed instead
        }
        return find(By.id("set:ruleStatus")).getText();
    }

    public String save(String repeated) {
        find(By.id("set:repeated")).sendKeys(repeated);
        find(By.id("set:save")).click();
        return find(By.cssSelector(".password-done")).getText();
    }

    public SignInPage toSignIn() {
        find(By.id("toSignIn")).click();
        return new SignInPage(browser);
    }
}

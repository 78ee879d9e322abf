package com.serviceportal.browser;

import org.openqa.selenium.By;

/** {@code /signin.xhtml} */
public class SignInPage extends Page {

    public SignInPage(Browser browser) {
        super(browser);
        find(By.id("signin:username"));
    }

    public static SignInPage open(Browser browser) {
        browser.go("signin.xhtml");
        return new SignInPage(browser);
    }

    /** Signs in; the browser follows to wherever the portal sends the user. */
    public void signIn(String username, String password) {
        find(By.id("signin:username")).sendKeys(username);
        find(By.id("signin:password")).sendKeys(password);
        submit(By.id("signin:submit"));
    }

    public void forgotPassword() {
        find(By.id("signin:forgot")).click();
    }

    public SignInPage chooseLanguage(String label) {
        find(By.linkText(label)).click();
        return new SignInPage(browser);
    }
}

package com.serviceportal.browser;

import org.openqa.selenium.By;

/** {@code /password/forgot.xhtml} */
public class ForgotPasswordPage extends Page {

    public ForgotPasswordPage(Browser browser) {
        super(browser);
        find(By.id("forgot:who"));
    }

    /** Follows "Forgot password?" on the sign-in page. */
    public static ForgotPasswordPage from(SignInPage signIn, Browser browser) {
        signIn.forgotPassword();
        return new ForgotPasswordPage(browser);
    }

    /** Sends the form and answers the neutral message the page shows. */
    public String send(String usernameOrEmail) {
        find(By.id("forgot:who")).sendKeys(usernameOrEmail);
        find(By.id("forgot:send")).click();
        return find(By.cssSelector(".password-sent")).getText();
    }
}

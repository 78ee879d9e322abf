package com.serviceportal.browser;

import org.openqa.selenium.By;

/** {@code /desk/contacts/access.xhtml?id=…}, "Sign-in and access" of a contact. */
public class ContactAccessPage extends Page {

    public ContactAccessPage(Browser browser) {
        super(browser);
        find(By.id("access-username"));
    }

    public static ContactAccessPage open(Browser browser, String contactId) {
        browser.go("desk/contacts/access.xhtml?id=" + contactId);
        return new ContactAccessPage(browser);
    }

    public String fact(String id) {
        return find(By.id(id)).getText();
    }

    /** What the page says under its buttons about what the desk can do next. */
    public String hint() {
        return find(By.cssSelector(".access-hint")).getText();
    }

    /** Sends a reset link and answers the page's message. */
    public String sendReset() {
        find(By.id("actions:reset")).click();
        return find(By.cssSelector(".ui-messages-info")).getText();
    }
}

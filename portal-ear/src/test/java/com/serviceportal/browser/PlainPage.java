package com.serviceportal.browser;

import org.openqa.selenium.By;

/** Any page of the portal or the desk, read as a whole. */
public class PlainPage extends Page {

    public PlainPage(Browser browser) {
        super(browser);
        find(By.cssSelector("main h1"));
    }
}

package com.serviceportal.browser;

import org.openqa.selenium.By;

/** {@code /desk/settings/directory.xhtml}, the administrator's directory settings and sync runs. */
public class DirectoryPage extends Page {

    public DirectoryPage(Browser browser) {
        super(browser);
        find(By.id("directory:url"));
    }
}

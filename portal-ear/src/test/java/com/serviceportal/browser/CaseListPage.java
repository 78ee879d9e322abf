package com.serviceportal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /portal/cases/list.xhtml} and the desk's {@code /desk/cases/queue.xhtml}: a table of cases. */
public class CaseListPage extends Page {

    public CaseListPage(Browser browser) {
        super(browser);
        find(By.cssSelector(".case-table"));
    }

    public static CaseListPage open(Browser browser) {
        browser.go("portal/cases/list.xhtml");
        return new CaseListPage(browser);
    }

    public List<String> caseNumbers() {
        return driver.findElements(By.cssSelector(".case-table a.case-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public NewCasePage raiseCase() {
        find(By.id("raise")).click();
        return new NewCasePage(browser);
    }

    public void signOut() {
        find(By.id("nav:signOut")).click();
    }
}

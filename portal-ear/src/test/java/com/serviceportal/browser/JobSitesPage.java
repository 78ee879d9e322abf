package com.serviceportal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /portal/sites/list.xhtml}: the sites of a company with their open activities. */
public class JobSitesPage extends Page {

    public JobSitesPage(Browser browser) {
        super(browser);
        find(By.cssSelector(".site-table"));
    }

    public static JobSitesPage open(Browser browser) {
        browser.go("portal/sites/list.xhtml");
        return new JobSitesPage(browser);
    }

    public List<String> siteNames() {
        return driver.findElements(By.cssSelector(".site-table a.site-link")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The whole row of a site: name, account, address and open activities. */
    public String row(String siteName) {
        return siteRow(siteName).getText();
    }

    /** One count of a site's open activities: cases, service, install or invoices. */
    public int openCount(String siteName, String kind) {
        return Integer.parseInt(siteRow(siteName)
                .findElement(By.cssSelector(".open-" + kind + " .count"))
                .getText());
    }

    public SitePage choose(String siteName) {
        find(By.linkText(siteName)).click();
        return new SitePage(browser);
    }

    private WebElement siteRow(String siteName) {
        return find(
                By.xpath("//table//tr[.//a[contains(@class,'site-link') and normalize-space(.)='" + siteName + "']]"));
    }
}

package com.serviceportal.browser;

import org.openqa.selenium.By;

/** {@code /portal/orders/report.xhtml}: a customer requests service. */
public class FaultReportPage extends Page {

    public FaultReportPage(Browser browser) {
        super(browser);
        find(By.id("report:send"));
    }

    public static FaultReportPage open(Browser browser) {
        browser.go("portal/orders/report.xhtml");
        return new FaultReportPage(browser);
    }

    public FaultReportPage site(String labelStart) {
        choose("report:site", labelStart);
        return this;
    }

    public String chosenSite() {
        return chosen("report:site");
    }

    public FaultReportPage equipment(String labelStart) {
        choose("report:equipment", labelStart);
        return this;
    }

    public FaultReportPage description(String text) {
        find(By.id("report:description")).sendKeys(text);
        return this;
    }

    /** Sends the report and answers what the page then says. */
    public String send() {
        find(By.id("report:send")).click();
        return find(By.cssSelector("[id='report-ordered'], [id='report-queued'], #messages .ui-messages-error"))
                .getText();
    }
}

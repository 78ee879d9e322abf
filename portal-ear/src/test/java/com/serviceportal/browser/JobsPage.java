package com.serviceportal.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The administrator's jobs screen {@code /desk/jobs/}: a card per job with "Run now", and the runs. */
public class JobsPage extends Page {

    public JobsPage(Browser browser) {
        super(browser);
        find(By.cssSelector("main .job-runs"));
    }

    public static JobsPage open(Browser browser) {
        browser.go("desk/jobs/");
        JobsPage page = new JobsPage(browser);
        // Park the pointer on the brand at the top, so no menu opens under it where the last click was.
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(page.find(By.cssSelector("header .brand")))
                .perform();
        return page;
    }

    /** Presses "Run now" of a job, e.g. {@code SUPPORT_HOURS_RESET}, and waits for the answer. */
    public JobsPage runNow(String job) {
        find(By.cssSelector(".run-now-" + job)).click();
        settle();
        return this;
    }

    /** Waits until the newest run of the job (by its shown name) has ended, and returns its row's text. */
    public String awaitEnded(String jobName, Duration within) {
        return Waits.upTo(driver, within)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> rows().stream()
                        .filter(row -> row.contains(jobName))
                        .findFirst()
                        .filter(row -> !row.contains("Running") && !row.contains("Starting"))
                        .orElse(null));
    }

    /**
     * The text of each row of the runs, newest first; the empty message when there are none. Read in
     * one script, since the screen redraws the table every two seconds while a job runs.
     */
    public List<String> rows() {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return Array.from(document.querySelectorAll(\"[id='jobs:runs'] tbody tr\"))"
                        + ".map(row => row.innerText.trim());");
        return List.copyOf(texts);
    }

    /** The cells of the first row, by the class of their text: run-read, run-written, ... */
    public String newest(String cellClass) {
        return find(By.cssSelector("[id='jobs:runs'] tbody tr:first-child ." + cellClass))
                .getText();
    }

    /** Scrolls the list of runs into view. */
    public JobsPage showRuns() {
        WebElement runs = find(By.cssSelector("main .job-runs"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", runs);
        return this;
    }

    public String messages() {
        return find(By.id("messages")).getText();
    }
}

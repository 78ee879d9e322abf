package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administrator starts the nightly jobs from the jobs screen and sees each run with its counts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class JobsBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @Test
    public void administratorRunsAJobNowAndSeesTheRunListedWithItsCounts() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(ADMINISTRATOR, PASSWORD);
            new CaseListPage(browser);
            JobsPage jobs = JobsPage.open(browser);
            assertEquals("Nightly jobs", jobs.heading());
            browser.screenshot("desk-jobs-before-desktop");

            jobs.runNow("SUPPORT_HOURS_RESET");
            assertTrue(jobs.messages().contains("Support-hour reset started."), jobs.messages());
            String row = jobs.awaitEnded("Support-hour reset", Duration.ofSeconds(60));
            assertTrue(row.contains("Completed"), row);

            jobs.runNow("CONTRACT_ACTIVATION");
            row = jobs.awaitEnded("Contract activation", Duration.ofSeconds(60));
            assertTrue(row.contains("Completed"), row);
            assertTrue(jobs.rows().get(0).contains("Contract activation"), "the newest run comes first");
            assertTrue(jobs.newest("run-read").matches("\\d+"), jobs.newest("run-read"));
            assertTrue(jobs.newest("run-written").matches("\\d+"), jobs.newest("run-written"));
            assertTrue(jobs.newest("run-skipped").matches("\\d+"), jobs.newest("run-skipped"));
            assertTrue(jobs.newest("run-duration").endsWith(" s"), jobs.newest("run-duration"));
            browser.screenshot("desk-jobs-desktop");

            browser.resize(Browser.PHONE);
            JobsPage.open(browser).showRuns();
            browser.screenshot("desk-jobs-runs-phone");
            JobsPage.open(browser);
            browser.screenshot("desk-jobs-phone");
        }
    }

    @Test
    public void aTechnicianCannotOpenTheJobsScreen() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(TECHNICIAN, PASSWORD);
            new CaseListPage(browser);
            browser.go("desk/jobs/");
            String page = browser.driver()
                    .findElement(org.openqa.selenium.By.tagName("body"))
                    .getText();
            assertFalse(page.contains("Run now"), page);
            assertTrue(page.toLowerCase().contains("not found"), page);
        }
    }
}

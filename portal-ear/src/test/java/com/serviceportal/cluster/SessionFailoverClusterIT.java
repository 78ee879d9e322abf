package com.serviceportal.cluster;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.browser.Browser;
import com.serviceportal.browser.CaseFilesPanel;
import com.serviceportal.browser.CaseListPage;
import com.serviceportal.browser.CasePage;
import com.serviceportal.browser.NewCasePage;
import com.serviceportal.browser.SignInPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;

/**
 * A customer half-way through the new-case form, a photo attached, when the instance holding her session goes away:
 * the balancer sends her next request to the other instance, whose replica of the session still
 * knows her, the form and the photo she attached (waiting in the database), so she stays signed in
 * and her case is saved with it.
 */
public class SessionFailoverClusterIT {

    /** The photo waiting on the form, removed after the test. */
    @TempDir
    private Path folder;

    @Test
    public void theCaseIsSavedAfterTheInstanceHoldingTheSessionStops() throws IOException {
        raiseCaseWhileHerInstance(Cluster::stopInstance, "stopped");
    }

    @Test
    public void theCaseIsSavedAfterTheInstanceHoldingTheSessionIsKilled() throws IOException {
        raiseCaseWhileHerInstance(Cluster::killInstance, "killed");
    }

    private void raiseCaseWhileHerInstance(Consumer<String> goAway, String how) throws IOException {
        String summary =
                "Cold room door seal torn " + UUID.randomUUID().toString().substring(0, 8);
        Path photo = Files.write(folder.resolve("torn-seal.jpg"), new byte[2048]);
        String holder = null;
        try (Browser browser = Browser.open(Cluster.balancer(), "en")) {
            browser.go("portal/cases/new.xhtml");
            new SignInPage(browser).signIn(COMPANY_CONTACT, PASSWORD);
            NewCasePage form = new NewCasePage(browser)
                    .summary(summary)
                    .severity("High")
                    .description("The seal came loose along the hinge side; the room loses cold.")
                    .attach(photo);
            holder = instanceOf(browser);

            goAway.accept(holder);
            form.save();

            assertTrue(form.confirmation().contains("has been raised"), form.confirmation());
            String other = instanceOf(browser);
            assertNotEquals(holder, other, "the balancer moved the session to the other instance");
            long number = form.raisedNumber();
            CaseListPage list = form.backToCases();
            assertTrue(
                    list.caseNumbers().contains(Long.toString(number)),
                    "the case raised after the instance was " + how + " is in her list");
            assertTrue(list.text().contains(summary), "with what she typed before");
            assertEquals(other, instanceOf(browser), "she stays on the instance that took over");
            CasePage.openAsCustomer(browser, number);
            CaseFilesPanel files = new CaseFilesPanel(browser);
            files.waitForRow("torn-seal.jpg");
            assertEquals(List.of("torn-seal.jpg"), files.names(), "the file she attached before, in the case");
        } finally {
            if (holder != null) {
                Cluster.startInstance(holder);
            }
        }
    }

    private static String instanceOf(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed(Cluster.INSTANCE_COOKIE);
        assertTrue(cookie != null, "the balancer sets its sticky-session cookie");
        return cookie.getValue();
    }
}

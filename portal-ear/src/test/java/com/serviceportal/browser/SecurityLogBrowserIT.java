package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.ADMINISTRATOR;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.DemoData;
import com.serviceportal.it.PortalEar;
import com.serviceportal.it.SignInSecurityITDriver;
import com.serviceportal.it.TestDriver;
import com.serviceportal.it.WebSignIn;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;

/** The administrator reads and filters the security log at the desk; nobody else finds the page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SecurityLogBrowserIT {

    private static final Dimension LAPTOP = new Dimension(1366, 900);

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(SignInSecurityITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    private final String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);

    /** The failed sign-in below counts against this machine's address, which other tests sign in from. */
    @AfterEach
    void forgetTheFailedSignIn() {
        TestDriver.at(base, "sign-in").post("forget", "account", "none", "name", stranger);
    }

    @Test
    public void theAdministratorFindsAFailedSignInAndHerOwnByKindAndWords() {
        assertTrue(WebSignIn.signIn(base, stranger, "a guess").refused());
        try (Browser browser = Browser.open(base, "en")) {
            browser.resize(LAPTOP);
            browser.go("desk/settings/security-log.xhtml");
            new SignInPage(browser).signIn(ADMINISTRATOR, PASSWORD);
            SecurityLogPage log = new SecurityLogPage(browser);
            assertEquals("Security log", log.heading());
            browser.screenshot("security-log-desktop");

            List<List<String>> failed = log.search(stranger).rows();
            assertEquals(1, failed.size(), failed.toString());
            List<String> row = failed.get(0);
            assertEquals(List.of("Sign-in failed", stranger, ""), row.subList(1, 4), row.toString());
            assertTrue(row.get(4).equals("127.0.0.1") || row.get(4).contains(":"), "this machine's address: " + row);
            assertEquals("unknown name", row.get(5));
            assertTrue(log.kind("Signed in").rows().isEmpty(), "the stranger never signed in");

            List<List<String>> signIns =
                    log.search(ADMINISTRATOR).kind("Signed in").rows();
            assertTrue(
                    !signIns.isEmpty()
                            && signIns.stream().allMatch(entry -> entry.get(1).equals("Signed in")),
                    signIns.toString());
            assertEquals(ADMINISTRATOR, signIns.get(0).get(2), "newest first: her own sign-in of a moment ago");
            browser.screenshot("security-log-filtered");

            browser.resize(Browser.PHONE);
            browser.screenshot("security-log-phone");
        }
        try (Browser browser = Browser.open(base, "en")) {
            browser.go("desk/settings/security-log.xhtml");
            new SignInPage(browser).signIn(TECHNICIAN, PASSWORD);
            assertEquals("Not found", new PlainPage(browser).heading(), "a technician does not find the log");
        }
    }
}

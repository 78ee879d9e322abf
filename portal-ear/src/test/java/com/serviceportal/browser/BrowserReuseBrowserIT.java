package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;

/**
 * A browser a test closed is kept for the next test (see {@link Browser}); whatever the first test left
 * in it, the next one starts signed out, with nothing stored, one tab and the desktop's size, as in a
 * browser just started.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class BrowserReuseBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void theNextTestFindsNothingTheLastOneLeftInItsBrowser() {
        String used;
        try (Browser browser = Browser.open(base, "en")) {
            used = browser.session();
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            new CaseListPage(browser);
            script(browser, "localStorage.setItem('left', 'behind'); sessionStorage.setItem('left', 'behind');");
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.go("portal/cases/list.xhtml");
            new CaseListPage(browser);
            browser.resize(Browser.PHONE);
        }

        try (Browser next = Browser.open(base, "en")) {
            assertEquals(used, next.session(), "the same Chromium, wiped, not a new one");
            assertEquals(1, next.driver().getWindowHandles().size(), "one tab");
            assertEquals(Browser.DESKTOP, next.driver().manage().window().getSize());
            next.go("portal/cases/list.xhtml");
            assertTrue(
                    next.driver().getCurrentUrl().contains("signin.xhtml"),
                    "signed out: " + next.driver().getCurrentUrl());
            assertNull(script(next, "return localStorage.getItem('left');"), "nothing in local storage");
            assertNull(script(next, "return sessionStorage.getItem('left');"), "nothing in session storage");
        }
    }

    private static Object script(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}

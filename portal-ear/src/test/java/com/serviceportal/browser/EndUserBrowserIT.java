package com.serviceportal.browser;

import static com.serviceportal.it.DemoData.COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.OTHER_COMPANY_CONTACT;
import static com.serviceportal.it.DemoData.PASSWORD;
import static com.serviceportal.it.DemoData.TECHNICIAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.PortalEar;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner raising a case for one of its end users, as the seed's CRM option has it: anna (Nordic
 * Foods) finds the people whose partner Nordic Foods is, raises a case for one with replies going to
 * them, and the case page shows it to her and to the desk; another company is never offered them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class EndUserBrowserIT {

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses();
    }

    @ArquillianResource
    private URL base;

    @Test
    public void annaRaisesACaseForAnEndUserAndTheCaseShowsWhoItIsFor() {
        String summary = "Deli counter too warm " + UUID.randomUUID().toString().substring(0, 8);
        long number;
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(COMPANY_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            List<String> endUsers = form.filter("endUserContact", "holm");
            assertEquals(List.of("Lars Holm (Fjällbacka Deli AB)"), endUsers);
            form.endUser("Lars Holm", true);
            browser.scrollTo("[id='newCase:endUserPart']");
            browser.screenshot("portal-new-case-end-user-desktop");
            browser.resize(Browser.PHONE);
            assertTrue(
                    browser.outsideTheWindow().isEmpty(),
                    browser.outsideTheWindow().toString());
            browser.scrollTo("[id='newCase:endUserPart']");
            browser.screenshot("portal-new-case-end-user-phone");
            browser.resize(Browser.DESKTOP);
            form.summary(summary).save();
            number = form.raisedNumber();
            CasePage page = CasePage.openAsCustomer(browser, number);
            assertEquals("Lars Holm, Fjällbacka Deli AB · replies go to the end user", page.fact("case-end-user"));
        }
        try (Browser desk = Browser.open(base, "sv")) {
            SignInPage.open(desk).signIn(TECHNICIAN, PASSWORD);
            assertEquals(
                    "Lars Holm, Fjällbacka Deli AB · svar går till slutkunden",
                    CasePage.openAtDesk(desk, number).fact("case-end-user"));
            desk.screenshot("desk-case-end-user-sv");
        }
    }

    @Test
    public void anotherPartnersEndUsersAreNeverOffered() {
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage.open(browser).signIn(OTHER_COMPANY_CONTACT, PASSWORD);
            NewCasePage form = new CaseListPage(browser).raiseCase();
            assertEquals(List.of("Tim Shore (Harbour Kiosk Ltd)"), form.filter("endUserContact", "shore"));
            assertTrue(
                    form.filter("endUserContact", "holm").isEmpty(), "Nordic Foods' end users are not Baltic Marine's");
        }
    }
}

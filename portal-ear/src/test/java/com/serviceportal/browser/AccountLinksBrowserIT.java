package com.serviceportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.it.AccountLinksITDriver;
import com.serviceportal.it.DemoData;
import com.serviceportal.it.Inbox;
import com.serviceportal.it.Mail;
import com.serviceportal.it.PortalEar;
import com.serviceportal.it.TestDriver;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A contact who forgot the password gets a link by e-mail (read in the test's {@link Inbox}), sees the password
 * rule before typing, is told as they type, sets a new password and signs in; the desk sees and
 * sends links on the contact's "Sign-in and access" page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class AccountLinksBrowserIT {

    private static final Pattern LINK = Pattern.compile("http://\\S+(/password/set\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "seven green kettles";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(AccountLinksITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @RegisterExtension
    final Inbox inbox = Inbox.running();

    @Test
    public void forgottenPasswordIsReplacedThroughTheMailedLinkAndTheContactSignsIn() {
        String username = "ines-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@nordicfoods.example";
        String[] ids = driver(
                        "new-contact",
                        "first",
                        "Ines",
                        "last",
                        "Ek",
                        "email",
                        email,
                        "username",
                        username,
                        "language",
                        "en")
                .split(" ");
        try (Browser browser = Browser.open(base, "en")) {
            SignInPage signIn = SignInPage.open(browser);
            browser.screenshot("signin-with-forgot-link-desktop");
            ForgotPasswordPage forgot = ForgotPasswordPage.from(signIn, browser);
            browser.screenshot("forgot-password-desktop");
            String answer = forgot.send(email);
            assertTrue(answer.contains("If an account matches"), answer);
            browser.screenshot("forgot-password-sent-desktop");

            String link = awaitLink(email, "Reset your service portal password");
            browser.go(link);
            SetPasswordPage set = new SetPasswordPage(browser);
            assertEquals("Choose your password", set.heading());
            assertTrue(set.text().contains("Choose a new password for Ines Ek (username " + username + ")"));
            String rule = set.rule();
            assertTrue(rule.contains("be at least 12 characters long"), "the rule is shown before typing: " + rule);
            assertTrue(rule.contains("not contain your username or e-mail address"), rule);
            assertTrue(rule.contains("not be a commonly used password"), rule);
            browser.screenshot("set-password-rule-desktop");

            String tooShort = "The password must be at least 12 characters long.";
            assertEquals(tooShort, set.type("kettles", tooShort));
            browser.screenshot("set-password-too-short-desktop");
            String common = "This password is too common or too simple. Choose another.";
            assertEquals(common, set.type("Password-2026!", common));
            String met = "The password meets the rule.";
            assertEquals(met, set.type(NEW_PASSWORD, met));
            browser.screenshot("set-password-rule-met-desktop");
            String done = set.save(NEW_PASSWORD);
            assertTrue(done.contains("Your password has been saved"), done);
            browser.screenshot("set-password-done-desktop");

            set.toSignIn().signIn(username, NEW_PASSWORD);
            assertEquals("Cases", new CaseListPage(browser).heading(), "signed in with the new password");

            browser.resize(Browser.PHONE);
            browser.go(link);
            String problem = new SetPasswordPage(browser).linkProblem();
            assertTrue(problem.contains("has expired or has been used already"), "the link works once: " + problem);
            browser.screenshot("set-password-used-link-phone");
        }

        try (Browser desk = Browser.open(base, "en")) {
            desk.go("desk/contacts/access.xhtml?id=" + ids[0]);
            new SignInPage(desk).signIn(DemoData.TECHNICIAN, DemoData.PASSWORD);
            ContactAccessPage access = new ContactAccessPage(desk);
            assertEquals("Sign-in and access · Ines Ek", access.heading());
            assertEquals(username, access.fact("access-username"));
            assertEquals("Portal password", access.fact("access-method"));
            assertTrue(access.fact("access-last-login").contains("·"), "time and address of the last login");
            assertTrue(access.fact("access-last-link").startsWith("Password reset"));
            desk.screenshot("contact-access-desktop");
            String sent = access.sendReset();
            assertEquals("A password reset link has been sent to " + email + ".", sent);
            desk.screenshot("contact-access-reset-sent-desktop");
            desk.resize(Browser.PHONE);
            ContactAccessPage.open(desk, ids[0]);
            desk.screenshot("contact-access-phone");
        }

        try (Browser phone = Browser.open(base, "sv")) {
            phone.resize(Browser.PHONE);
            String fromDesk = awaitLink(email, "Reset your service portal password", 2);
            phone.go(fromDesk);
            SetPasswordPage set = new SetPasswordPage(phone);
            assertTrue(set.rule().contains("vara minst 12 tecken långt"), set.rule());
            phone.screenshot("set-password-rule-phone-sv");
            SignInPage.open(phone);
            phone.screenshot("signin-with-forgot-link-phone-sv");
        }

        try (Browser admin = Browser.open(base, "en")) {
            admin.go("desk/settings/directory.xhtml");
            new SignInPage(admin).signIn(DemoData.ADMINISTRATOR, DemoData.PASSWORD);
            assertEquals("Directory", new DirectoryPage(admin).heading());
            admin.screenshot("directory-settings-desktop");
            admin.resize(Browser.PHONE);
            admin.screenshot("directory-settings-phone");
        }
    }

    private String awaitLink(String recipient, String subject) {
        return awaitLink(recipient, subject, 1);
    }

    /** The path of the link in the {@code nth} mail with that subject, once it has arrived. */
    private String awaitLink(String recipient, String subject, int nth) {
        Mail mail = inbox.awaitTo(recipient, subject, nth).get(nth - 1);
        Matcher link = LINK.matcher(mail.body());
        assertTrue(link.find(), mail.body());
        return link.group(1);
    }

    private String driver(String action, String... parameters) {
        return TestDriver.at(base, "account-links").post(action, parameters);
    }
}

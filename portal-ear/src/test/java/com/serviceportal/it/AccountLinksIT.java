package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
 * Invitations and password resets as the person receives them: the mail (in the test's
 * {@link Inbox}), the single-use link it carries, the password rule, and signing in after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class AccountLinksIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/password/set\\.xhtml\\?token=([A-Za-z0-9_-]+))");
    private static final String GOOD_PASSWORD = "blue kettle on the roof";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(AccountLinksITDriver.class, OutboxITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @RegisterExtension
    final Inbox inbox = Inbox.running();

    @Test
    public void invitationInTheContactsLanguageSetsThePasswordOnceAndTheContactSignsIn() {
        Person eva = newContact("Eva", "Ström", "sv");

        assertEquals("ok", post("invite", "as", DemoData.TECHNICIAN, "account", eva.account()));
        Mail invitation = inbox.awaitTo(eva.email(), "Din åtkomst till serviceportalen");
        assertTrue(invitation.body().startsWith("Hej Eva Ström,"), invitation.body());
        assertTrue(invitation.body().contains("Ditt användarnamn är: " + eva.username()), invitation.body());
        assertTrue(invitation.body().contains("i 60 minuter"), invitation.body());
        String token = token(invitation);
        assertTrue(
                invitation.body().contains("http://localhost:" + base.getPort() + "/password/set.xhtml?token=" + token),
                "the link opens this server's set-password page: " + invitation.body());
        assertFalse(invitation.body().toLowerCase().contains("lösenord:"), "no password is ever mailed");
        assertEquals(43, token.length(), "32 random bytes, URL-safe Base64");

        assertEquals("INVITATION " + eva.username(), get("check", "token", token));
        assertEquals("none", stored(eva).get(0), "no password until the contact chooses one");
        assertTrue(WebSignIn.landing(base, eva.username(), "").endsWith("/signin.xhtml"));

        assertEquals("refused: password.rule.tooShort", post("set", "token", token, "password", "Kort-lösen"));
        assertEquals(
                "refused: password.rule.personal", post("set", "token", token, "password", eva.username() + " is me!"));
        assertEquals("refused: password.rule.common", post("set", "token", token, "password", "Password-2026!"));
        assertEquals(
                "ok", post("set", "token", token, "password", GOOD_PASSWORD), "a refused try leaves the link open");

        assertEquals("refused: link.invalid", post("set", "token", token, "password", "another good passphrase"));
        assertEquals("refused: link.invalid", get("check", "token", token), "the link works once");

        assertTrue(
                WebSignIn.landing(base, eva.username(), GOOD_PASSWORD).endsWith("/portal/cases/list.xhtml"),
                "the contact signs in with the chosen password");
        assertTrue(WebSignIn.landing(base, eva.username(), "another good passphrase")
                .endsWith("/signin.xhtml"));

        Mail changed = inbox.awaitTo(eva.email(), "Ditt lösenord till serviceportalen har ändrats");
        assertFalse(changed.body().contains(GOOD_PASSWORD), "the new password is not in the mail");

        List<String> kept = stored(eva);
        assertTrue(kept.get(0).startsWith("$shiro2$argon2id$"), "only an Argon2id hash of the password: " + kept);
        assertEquals(2, kept.size(), "one link row: " + kept);
        assertTrue(kept.get(1).matches("[0-9a-f]{64}"), "a SHA-256 of the token is kept: " + kept);
        assertFalse(String.join("\n", kept).contains(token), "the token itself is not kept");
    }

    @Test
    public void aLinkExpiresAfterOneHourAndAnUnknownTokenGetsTheSameAnswer() {
        Person olle = newContact("Olle", "Berg", "en");
        post("invite", "as", DemoData.TECHNICIAN, "account", olle.account());
        String token = token(inbox.awaitTo(olle.email(), "Your access to the service portal"));
        assertEquals("INVITATION " + olle.username(), get("check", "token", token));

        assertEquals("1", post("expire", "account", olle.account()), "the link's hour is moved into the past");
        assertEquals("refused: link.invalid", get("check", "token", token));
        assertEquals("refused: link.invalid", post("set", "token", token, "password", GOOD_PASSWORD));
        assertEquals("refused: link.invalid", get("check", "token", "x".repeat(43)));
        assertEquals("refused: link.invalid", get("check", "token", ""));
        assertEquals("none", stored(olle).get(0));
    }

    @Test
    public void forgotPasswordSendsOneLinkPerMinuteAndAnswersTheSameForAnyone() {
        Person lena = newContact("Lena", "Holm", "en");
        post("invite", "as", DemoData.TECHNICIAN, "account", lena.account());
        String invitation = token(inbox.awaitTo(lena.email(), "Your access to the service portal"));
        post("set", "token", invitation, "password", GOOD_PASSWORD);

        assertEquals("ok", post("forgot", "who", lena.email().toUpperCase()));
        assertEquals("ok", post("forgot", "who", lena.username()), "a second request within the minute");
        assertEquals("ok", post("forgot", "who", "nobody-" + lena.username()), "an unknown name: the same answer");
        Mail reset = inbox.awaitTo(lena.email(), "Reset your service portal password");
        assertTrue(reset.body().contains("account " + lena.username()), reset.body());
        assertEquals(1, QueuedMail.to(base, lena.email(), "Reset your service portal password"), "one link per minute");

        // The desk may send a link at any time; it closes the one sent before.
        assertEquals("ok", post("reset", "as", DemoData.TECHNICIAN, "account", lena.account()));
        String fromDesk = token(inbox.awaitTo(lena.email(), "Reset your service portal password", 2)
                .get(1));
        assertEquals("refused: link.invalid", get("check", "token", token(reset)), "a newer link closes the older");
        assertEquals("RESET " + lena.username(), get("check", "token", fromDesk));
        assertEquals("ok", post("set", "token", fromDesk, "password", "green kettle under the roof"));
        assertTrue(WebSignIn.landing(base, lena.username(), "green kettle under the roof")
                .endsWith("/portal/cases/list.xhtml"));
        assertTrue(WebSignIn.landing(base, lena.username(), GOOD_PASSWORD).endsWith("/signin.xhtml"));
    }

    @Test
    public void onlyTheDeskSendsLinksAndOnlyAnAdministratorForStaff() {
        Person karl = newContact("Karl", "Nyström", "en");
        assertEquals(
                "refused: error.notFound",
                post("invite", "as", DemoData.OTHER_COMPANY_CONTACT, "account", karl.account()),
                "a customer cannot send links");
        assertEquals(
                "refused: error.notFound",
                post("reset", "as", DemoData.TECHNICIAN, "username", DemoData.ADMINISTRATOR),
                "a technician does not reset an administrator");

        Person inactive = newContact("Ulla", "Sjö", "en", false);
        assertEquals(
                "refused: access.noWebAccess",
                post("invite", "as", DemoData.TECHNICIAN, "account", inactive.account()));
        assertEquals("ok", post("forgot", "who", inactive.username()));
        assertEquals("none", stored(inactive).get(0));
        assertEquals(1, stored(inactive).size(), "no link for a login without web access");
    }

    @Test
    public void aChangedEmailIsToldToTheOldAndTheNewAddress() {
        Person nils = newContact("Nils", "Ek", "en");
        String newAddress = "nils.new." + nils.username() + "@nordicfoods.example";
        assertEquals("ok", post("email-changed", "contact", nils.contact(), "old", nils.email(), "new", newAddress));

        for (String address : List.of(nils.email(), newAddress)) {
            Mail told = inbox.awaitTo(address, "Your e-mail address in the service portal has been changed");
            assertTrue(told.body().contains("from " + nils.email() + " to " + newAddress), told.body());
        }
    }

    private record Person(String contact, String account, String username, String email) {}

    private Person newContact(String first, String last, String language) {
        return newContact(first, last, language, true);
    }

    private Person newContact(String first, String last, String language, boolean web) {
        String username =
                first.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@nordicfoods.example";
        String[] ids = post(
                        "new-contact",
                        "first",
                        first,
                        "last",
                        last,
                        "email",
                        email,
                        "username",
                        username,
                        "language",
                        language,
                        "web",
                        Boolean.toString(web))
                .split(" ");
        return new Person(ids[0], ids[1], username, email);
    }

    private List<String> stored(Person person) {
        return get("stored", "account", person.account()).lines().toList();
    }

    private static String token(Mail mail) {
        Matcher link = LINK.matcher(mail.body());
        assertTrue(link.find(), "a set-password link in " + mail.body());
        return link.group(2);
    }

    private String post(String action, String... parameters) {
        return TestDriver.at(base, "account-links").post(action, parameters);
    }

    private String get(String action, String... parameters) {
        return TestDriver.at(base, "account-links").get(action, parameters);
    }
}

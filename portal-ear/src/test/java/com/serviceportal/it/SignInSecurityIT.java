package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sign-in as an attacker would try it, through the real sign-in form: wrong passwords wait longer
 * and longer and then lock, answered like any wrong password; a name nobody has takes as long as a
 * wrong password; a client address that fails too often is slowed and locked too. Every test uses
 * logins of its own and puts back the counts of its address, which the demo logins of the other
 * tests share.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SignInSecurityIT {

    private static final String PASSWORD = "grey heron by the river";
    private static final Pattern LINK = Pattern.compile("/password/set\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String LOCKED_SUBJECT = "Sign-in to your service portal account has been paused";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(SignInSecurityITDriver.class, OutboxITDriver.class, DemoData.class);
    }

    @ArquillianResource
    private URL base;

    @RegisterExtension
    final Inbox inbox = Inbox.running();

    private final List<Login> created = new ArrayList<>();

    @BeforeEach
    void startFromNoFailuresOfThisAddress() {
        driver().post("forget", "account", "none", "name", "none");
    }

    /** The address's count is put back, so that tests signing in after this one are not slowed or locked. */
    @AfterEach
    void forgetTheCountsOfThisTest() {
        driver().post("forget", "account", "none", "name", "none");
        created.forEach(login -> driver().post("forget", "account", login.id(), "name", login.username()));
    }

    @Test
    public void wrongPasswordsWaitLongerAndLongerThenLockAndTheOwnerIsMailedOnce() {
        Login rita = newLogin("rita");

        List<Duration> took = new ArrayList<>();
        for (int attempt = 1; attempt <= 6; attempt++) {
            WebSignIn.Answer answer = WebSignIn.signIn(base, rita.username(), "wrong guess " + attempt);
            assertTrue(answer.refused(), "attempt " + attempt + " is refused like any wrong password");
            took.add(answer.took());
        }
        // two free tries, then 1, 2, 4 and 8 seconds before the password is even checked
        assertTrue(took.get(2).toMillis() >= 1000, "third attempt waits 1 s: " + took);
        assertTrue(took.get(3).toMillis() >= 2000, "fourth attempt waits 2 s: " + took);
        assertTrue(took.get(4).toMillis() >= 4000, "fifth attempt waits 4 s: " + took);
        assertTrue(took.get(5).toMillis() >= 8000, "sixth attempt waits 8 s: " + took);
        assertTrue(took.get(1).compareTo(took.get(3)) < 0, "the wait grows: " + took);

        WebSignIn.Answer right = WebSignIn.signIn(base, rita.username(), PASSWORD);
        assertTrue(right.refused(), "locked: even the right password gets the same answer as a wrong one");
        assertTrue(WebSignIn.signIn(base, rita.email(), PASSWORD).refused(), "by e-mail address as well");

        Mail told = inbox.awaitTo(rita.email(), LOCKED_SUBJECT);
        assertTrue(told.body().contains("account " + rita.username()), told.body());
        assertTrue(told.body().contains("paused for 15 minutes"), told.body());
        assertTrue(WebSignIn.signIn(base, rita.username(), "wrong again").refused());
        assertEquals(
                1, QueuedMail.to(base, rita.email(), LOCKED_SUBJECT), "one mail per lock, however often it is tried");

        String log = driver().get("log", "username", rita.username());
        assertTrue(log.contains("SIGN_IN_FAILED wrong password"), log);
        assertTrue(log.contains("LOCKED account until"), log);
        assertTrue(log.contains("SIGN_IN_FAILED locked"), log);

        // the mail's way out: a new password through "Forgot password?" lifts the lock
        driver().post("forgot", "who", rita.email());
        Matcher link = LINK.matcher(inbox.awaitTo(rita.email(), "Reset your service portal password")
                .body());
        assertTrue(link.find());
        driver().post("set-password", "token", link.group(1), "password", "new heron on the river");
        assertTrue(
                WebSignIn.landing(base, rita.username(), "new heron on the river")
                        .endsWith("/portal/cases/list.xhtml"),
                "the new password works at once");
        assertTrue(
                driver().get("log", "username", rita.username())
                        .endsWith("LINK_SENT RESET\nLINK_USED RESET\nPASSWORD_CHANGED\nSIGN_IN\n"),
                driver().get("log", "username", rita.username()));
    }

    @Test
    public void aNameNobodyHasTakesAsLongAsAWrongPassword() {
        Login otto = newLogin("otto");
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        // each attempt starts from no failures, so that only the password check is measured
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            timed(otto.username(), otto);
            timed(nobody, otto);
        }
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int sample = 0; sample < 9; sample++) {
            known.add(timed(otto.username(), otto));
            unknown.add(timed(nobody, otto));
        }
        double ratio = (double) median(unknown) / median(known);
        System.out.printf(
                "Sign-in timing: median %d ms for a name nobody has, %d ms for a wrong password (ratio %.2f)%n",
                median(unknown), median(known), ratio);
        assertTrue(
                ratio > 0.5 && ratio < 2,
                "median of a name nobody has " + median(unknown) + " ms against a wrong password " + median(known)
                        + " ms: " + unknown + " / " + known);
    }

    /** Several tabs, or a login shared at a front desk: each sign-in lands, none fails on another's count. */
    @Test
    public void manySignInsOfOneLoginAtOnceAllLand() throws Exception {
        Login olle = newLogin("olle");
        int atOnce = 12;
        ExecutorService browsers = Executors.newFixedThreadPool(atOnce);
        try {
            List<Future<String>> landings =
                    AtOnce.start(browsers, atOnce, () -> WebSignIn.landing(base, olle.username(), PASSWORD));
            for (Future<String> landing : landings) {
                assertTrue(landing.get(2, TimeUnit.MINUTES).endsWith("/portal/cases/list.xhtml"), landing.get());
            }
        } finally {
            browsers.shutdownNow();
        }
        String log = driver().get("log", "username", olle.username());
        assertEquals(atOnce, log.lines().filter("SIGN_IN"::equals).count(), log);
    }

    @Test
    public void aContactSignsInWithTheEmailAddressInAnyCase() {
        Login eva = newLogin("eva");
        assertTrue(WebSignIn.landing(base, eva.email().toUpperCase(), PASSWORD).endsWith("/portal/cases/list.xhtml"));
        assertTrue(WebSignIn.signIn(base, eva.email(), "not her password").refused());
        assertTrue(WebSignIn.landing(base, " " + eva.username() + " ", PASSWORD).endsWith("/portal/cases/list.xhtml"));
        String log = driver().get("log", "username", eva.username());
        assertTrue(log.startsWith("PASSWORD_CHANGED\nSIGN_IN\n"), log);
        assertTrue(log.contains("SIGN_IN_FAILED wrong password"), log);
    }

    @Test
    public void anAddressThatFailsTooOftenIsSlowedThenLockedForEveryName() {
        Login ivan = newLogin("ivan");
        driver().post("address-failures", "failures", "19");
        assertTrue(WebSignIn.signIn(base, fresh(), "guess").refused());
        Duration twentyFirst = WebSignIn.signIn(base, fresh(), "guess").took();
        Duration twentySecond = WebSignIn.signIn(base, fresh(), "guess").took();
        assertTrue(twentyFirst.toMillis() >= 1000, "names never tried before wait for the address: " + twentyFirst);
        assertTrue(twentySecond.toMillis() >= 2000, twentySecond.toString());

        driver().post("address-failures", "failures", "99");
        assertTrue(WebSignIn.signIn(base, fresh(), "guess").refused(), "the hundredth failure locks the address");
        assertTrue(
                WebSignIn.signIn(base, ivan.username(), PASSWORD).refused(),
                "from a locked address even a right password is refused");

        driver().post("forget", "account", ivan.id(), "name", ivan.username());
        assertTrue(WebSignIn.landing(base, ivan.username(), PASSWORD).endsWith("/portal/cases/list.xhtml"));
    }

    private record Login(String id, String username, String email) {}

    private Login newLogin(String first) {
        String username = first + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@nordicfoods.example";
        String id = driver().post("new-login", "username", username, "email", email, "password", PASSWORD);
        Login login = new Login(id, username, email);
        created.add(login);
        return login;
    }

    private static String fresh() {
        return "guessed-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Milliseconds of one refused attempt with a wrong password, from no failures. */
    private long timed(String name, Login known) {
        driver().post("forget", "account", known.id(), "name", name);
        WebSignIn.Answer answer = WebSignIn.signIn(base, name, "wrong password of " + name);
        assertTrue(answer.refused(), name);
        return answer.took().toMillis();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private TestDriver driver() {
        return TestDriver.at(base, "sign-in");
    }
}

package com.serviceportal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The mail server the portal delivers to in the tests: GreenMail in the test's JVM on
 * {@code it.smtp.port}, where the test domain's {@code mail/portal} session points. Register it with
 * {@code @RegisterExtension}; it stops after each test, so the next test starts with an empty inbox
 * and a test that leaves it stopped sees the portal's mail wait in the outbox.
 *
 * <p>Other tests' mail may still be on its way: a test finds its own by a {@link #marker()} or by
 * recipient and subject, and waits for it with {@link #await}.
 */
public final class Inbox implements BeforeEachCallback, AfterEachCallback {

    /** Generous: mail left by other tests goes out first, and the machine may be busy. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final GreenMail server =
            new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 20025), "127.0.0.1", "smtp"));

    private final boolean startsBeforeEachTest;

    private Inbox(boolean startsBeforeEachTest) {
        this.startsBeforeEachTest = startsBeforeEachTest;
    }

    /** Accepts mail from the start of each test. */
    public static Inbox running() {
        return new Inbox(true);
    }

    /** Accepts mail only once the test calls {@link #start()}; until then the portal finds no server. */
    public static Inbox stopped() {
        return new Inbox(false);
    }

    /** A short text, unique to one test, to put in what it sends and find its mail by. */
    public static String marker() {
        return "#" + UUID.randomUUID().toString().substring(0, 8);
    }

    public void start() {
        server.start();
    }

    /** The mail received so far that passes {@code which}. */
    public List<Mail> received(Predicate<Mail> which) {
        return Arrays.stream(server.getReceivedMessages())
                .map(Mail::of)
                .filter(which)
                .toList();
    }

    /** The mail received so far that mentions {@code marker}. */
    public List<Mail> mentioning(String marker) {
        return received(mail -> mail.mentions(marker));
    }

    /** The mail to {@code recipient} with exactly this subject received so far. */
    public List<Mail> to(String recipient, String subject) {
        return received(mail -> mail.is(recipient, subject));
    }

    /** At least {@code count} mails passing {@code which}, once they have arrived; fails naming {@code what}. */
    public List<Mail> await(int count, Predicate<Mail> which, String what) {
        return Await.until(() -> received(which), mails -> mails.size() >= count, PATIENCE, count + " " + what);
    }

    /** At least {@code count} mails that mention {@code marker}, once they have arrived. */
    public List<Mail> awaitMentioning(String marker, int count) {
        return await(count, mail -> mail.mentions(marker), "mail(s) mentioning " + marker);
    }

    /** At least {@code count} mails to {@code recipient} with exactly this subject, once they have arrived. */
    public List<Mail> awaitTo(String recipient, String subject, int count) {
        return await(count, mail -> mail.is(recipient, subject), "mail(s) \"" + subject + "\" to " + recipient);
    }

    /** The first mail to {@code recipient} with exactly this subject, once it has arrived. */
    public Mail awaitTo(String recipient, String subject) {
        return awaitTo(recipient, subject, 1).get(0);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (startsBeforeEachTest) {
            server.start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop();
    }
}

package com.serviceportal.it;

import java.net.URL;
import java.time.Duration;

/**
 * The portal's outbox, as a test reads it through {@link OutboxITDriver} (which a test's deployment
 * adds). Every mail the portal sends is queued there first, in the transaction of the change that sends
 * it, so right after a request has answered the outbox holds every mail that request will ever send:
 * a test sees there at once that a mail was not sent, where the inbox could only be watched for a while.
 */
public final class QueuedMail {

    /** As long as the inbox waits: mail other tests left goes out first, and the machine may be busy. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private QueuedMail() {}

    /** How many mails to {@code recipient} with exactly this subject the portal has queued, sent or not. */
    public static long to(URL base, String recipient, String subject) {
        return Long.parseLong(driver(base)
                .get("to", "recipient", recipient, "subject", subject)
                .strip());
    }

    /**
     * Waits until every mail queued whose subject or body holds {@code marker} has been handed to the
     * mail server, and answers how many there are; then each of them is in the inbox.
     */
    public static int awaitSentMentioning(URL base, String marker) {
        return Await.until(
                        () -> driver(base)
                                .get("mentioning", "marker", marker)
                                .lines()
                                .toList(),
                        rows -> rows.stream().allMatch(row -> row.endsWith("\ttrue")),
                        PATIENCE,
                        "every mail mentioning " + marker + " sent")
                .size();
    }

    private static TestDriver driver(URL base) {
        return TestDriver.at(base, "outbox");
    }
}

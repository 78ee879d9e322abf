package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting in a test for something the server does on its own time (the outbox sender, a timer):
 * asks again and again until the answer is right or the patience is spent, then fails with the
 * last answer seen. A test that runs inside the server adds this class to its deployment.
 */
public final class Await {

    private static final Duration BETWEEN_ASKS = Duration.ofMillis(250);

    private Await() {}

    /** The first answer of {@code probe} that meets {@code condition}; fails naming {@code what} after {@code patience}. */
    public static <T> T until(Supplier<T> probe, Predicate<T> condition, Duration patience, String what) {
        Instant deadline = Instant.now().plus(patience);
        T last = probe.get();
        while (!condition.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                fail("Waited " + patience.toSeconds() + " s for " + what + "; last seen: " + last);
            }
            pause(BETWEEN_ASKS);
            last = probe.get();
        }
        return last;
    }

    /** Lets the server work on for a while, e.g. to see that nothing more arrives. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package com.serviceportal.notify;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How often the sender looks for due mail, how long it waits before trying a failed message again
 * (the wait doubles with each failure, from the first retry delay up to the longest), and how long
 * a claimed message stays claimed, so a sender that dies mid-send delays it only so much.
 *
 * <p>Read once at start through MicroProfile Config (system properties, environment variables or
 * {@code asadmin set-config-property}), in seconds: {@code portal.outbox.interval} (default 10),
 * {@code portal.outbox.first-retry} (default 30), {@code portal.outbox.longest-retry} (default
 * 3600) and {@code portal.outbox.claim} (default 300).
 */
record DeliverySchedule(Duration interval, Duration firstRetry, Duration longestRetry, Duration claim) {

    static final String INTERVAL = "portal.outbox.interval";
    static final String FIRST_RETRY = "portal.outbox.first-retry";
    static final String LONGEST_RETRY = "portal.outbox.longest-retry";
    static final String CLAIM = "portal.outbox.claim";

    DeliverySchedule {
        if (!positive(interval) || !positive(firstRetry) || !positive(claim)) {
            throw new IllegalArgumentException("The outbox interval, first retry and claim must be positive");
        }
        if (longestRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("The longest retry must not be shorter than the first");
        }
    }

    /** The schedule the server's configuration sets. */
    static DeliverySchedule configured() {
        return from(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
    }

    /** The schedule from these settings, each a number of seconds; the defaults where one is missing. */
    static DeliverySchedule from(Function<String, Optional<String>> settings) {
        return new DeliverySchedule(
                seconds(settings, INTERVAL, 10),
                seconds(settings, FIRST_RETRY, 30),
                seconds(settings, LONGEST_RETRY, 3600),
                seconds(settings, CLAIM, 300));
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    Duration retryDelay(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        // Beyond 2^30 the wait is capped anyway; stop shifting before the long overflows.
        if (doublings >= 30) {
            return longestRetry;
        }
        Duration delay = firstRetry.multipliedBy(1L << doublings);
        return delay.compareTo(longestRetry) > 0 ? longestRetry : delay;
    }

    /**
     * How long a message may wait for its first attempt while some sender still works the outbox: a
     * sender takes it at its next look, or, if the sender that claimed it died, another one once the
     * claim has run out. Longer than that, no sender runs. Five minutes and twenty seconds with the
     * defaults. A mail server that is away does not count: its messages have been tried.
     */
    Duration stuckAfter() {
        return claim.plus(interval.multipliedBy(2));
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static Duration seconds(Function<String, Optional<String>> settings, String name, long defaultSeconds) {
        Optional<String> value = settings.apply(name).map(String::strip).filter(text -> !text.isEmpty());
        if (value.isEmpty()) {
            return Duration.ofSeconds(defaultSeconds);
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.get()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number of seconds, not " + value.get(), e);
        }
    }
}

package com.serviceportal.notify;

import java.time.Duration;

/**
 * How often the sender looks for due mail and how long it waits before trying a failed message
 * again: the wait doubles with each failure, from the first retry delay up to the longest.
 *
 * <p>Read once at start from system properties (JVM options or {@code asadmin
 * create-system-properties}), in seconds: {@code portal.outbox.interval} (default 10),
 * {@code portal.outbox.first-retry} (default 30) and {@code portal.outbox.longest-retry} (default
 * 3600).
 */
record DeliverySchedule(Duration interval, Duration firstRetry, Duration longestRetry) {

    static final String INTERVAL = "portal.outbox.interval";
    static final String FIRST_RETRY = "portal.outbox.first-retry";
    static final String LONGEST_RETRY = "portal.outbox.longest-retry";

    /** A claimed message stays claimed this long, so a sender that dies mid-send delays it only so much. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    DeliverySchedule {
        if (interval.isNegative() || interval.isZero() || firstRetry.isNegative() || firstRetry.isZero()) {
            throw new IllegalArgumentException("The outbox interval and first retry must be positive");
        }
        if (longestRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("The longest retry must not be shorter than the first");
        }
    }

    static DeliverySchedule fromSystemProperties() {
        return new DeliverySchedule(seconds(INTERVAL, 10), seconds(FIRST_RETRY, 30), seconds(LONGEST_RETRY, 3600));
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

    private static Duration seconds(String property, long defaultSeconds) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return Duration.ofSeconds(defaultSeconds);
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a number of seconds, not " + value, e);
        }
    }
}

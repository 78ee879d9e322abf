package com.serviceportal.security;

import java.time.Duration;

/**
 * What failed sign-ins are counted by, and how many each may have. An account (or a name no account
 * has, so that an unknown name behaves exactly like a known one) gets a few free tries; a client
 * address, which may be a whole office behind one router, gets many more.
 */
public enum ThrottleKind {
    ACCOUNT(2, 6),
    NAME(2, 6),
    ADDRESS(20, 100);

    /** Failures older than this, counted from the latest, are forgotten. */
    static final Duration WINDOW = Duration.ofMinutes(15);

    static final Duration LOCK = Duration.ofMinutes(15);

    /** The longest wait before an attempt is checked; beyond it only the lock helps. */
    static final Duration LONGEST_DELAY = Duration.ofSeconds(8);

    private final int freeFailures;
    private final int lockAfter;

    ThrottleKind(int freeFailures, int lockAfter) {
        this.freeFailures = freeFailures;
        this.lockAfter = lockAfter;
    }

    /** The wait before checking an attempt that follows {@code failures} failures: doubling, from one second. */
    Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 10);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    boolean locksAt(int failures) {
        return failures >= lockAfter;
    }
}

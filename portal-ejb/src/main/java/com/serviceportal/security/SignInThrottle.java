package com.serviceportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * The recent failed sign-ins of one account, unknown name or client address: the attempt under way
 * is counted before its password is checked and taken back when it succeeds, so attempts sent in
 * parallel each wait longer than the one before.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_throttle_seq")
    @SequenceGenerator(name = "sign_in_throttle_seq", sequenceName = "sign_in_throttle_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ThrottleKind kind;

    @Column(name = "throttle_key", nullable = false, length = 254)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "owner_told_at")
    private Instant ownerToldAt;

    @Version
    private long version;

    protected SignInThrottle() {}

    SignInThrottle(ThrottleKind kind, String key, Instant now) {
        this.kind = kind;
        this.key = key;
        this.lastFailureAt = now;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts an attempt that is about to be checked and answers how long it waits first; failures
     * from before the window, or before a lock that has run out, are forgotten.
     */
    Duration attempt(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)
                || lastFailureAt.plus(ThrottleKind.WINDOW).isBefore(now)) {
            lockedUntil = null;
            failures = 0;
        }
        Duration delay = kind.delayAfter(failures);
        failures++;
        lastFailureAt = now;
        return delay;
    }

    /** The attempt failed; answers whether that locked it just now. */
    boolean failed(Instant now) {
        if (isLocked(now) || !kind.locksAt(failures)) {
            return false;
        }
        lockedUntil = now.plus(ThrottleKind.LOCK);
        failures = 0;
        return true;
    }

    /** The attempt succeeded: it does not count against the address. */
    void succeeded() {
        failures = Math.max(0, failures - 1);
    }

    /** The account signed in: its earlier failures no longer count. */
    void forgetFailures() {
        failures = 0;
    }

    /** Whether the owner is to be mailed about this lock: at most once a day, however often it locks. */
    boolean tellOwner(Instant now) {
        if (ownerToldAt != null && ownerToldAt.plus(Duration.ofDays(1)).isAfter(now)) {
            return false;
        }
        ownerToldAt = now;
        return true;
    }

    ThrottleKind getKind() {
        return kind;
    }

    String getKey() {
        return key;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}

package com.serviceportal.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The counting steps of a sign-in, each in a transaction of its own that holds the rows it counts
 * on only as long as it takes: the password check, which takes time, runs between them. Only
 * {@link SignInService} calls it.
 */
@Stateless
@Internal
public class SignInThrottles {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SecurityLog securityLog;

    @EJB
    private AccountMail mail;

    @EJB
    private AccountService accounts;

    /** Whether an attempt is refused without a check, and else how long it waits first. */
    public record Attempt(boolean locked, Duration delay) {}

    /** Who tries and from where; {@code address} is {@code null} when the caller has none (a test inside the server). */
    public record Keys(ThrottleKind kind, String key, String address) {

        List<Keys> each() {
            List<Keys> each = new ArrayList<>(List.of(this));
            if (address != null) {
                each.add(new Keys(ThrottleKind.ADDRESS, address, null));
            }
            return each;
        }
    }

    /**
     * Counts the attempt before its password is checked, so that parallel attempts each see the ones
     * before; a lock refuses it, counted or checked no further. A first attempt creates its rows: two
     * at once make one of the calls fail on the unique key, and the caller tries again.
     */
    public Attempt begin(Keys keys, Long accountId, String name) {
        Instant now = now();
        List<SignInThrottle> rows = keys.each().stream().map(k -> row(k, now)).toList();
        if (rows.stream().anyMatch(row -> row.isLocked(now))) {
            securityLog.record(SecurityEventKind.SIGN_IN_FAILED, accountId, name, keys.address(), "locked");
            return new Attempt(true, Duration.ZERO);
        }
        Duration delay = Duration.ZERO;
        for (SignInThrottle row : rows) {
            Duration wait = row.attempt(now);
            delay = wait.compareTo(delay) > 0 ? wait : delay;
        }
        return new Attempt(false, delay);
    }

    /** The password was wrong: locks what has failed too often, and mails the account's owner about it. */
    public void failed(Keys keys, Long accountId, String name, String why) {
        Instant now = now();
        securityLog.record(SecurityEventKind.SIGN_IN_FAILED, accountId, name, keys.address(), why);
        for (Keys each : keys.each()) {
            SignInThrottle row = row(each, now);
            if (!row.failed(now)) {
                continue;
            }
            boolean address = row.getKind() == ThrottleKind.ADDRESS;
            securityLog.record(
                    SecurityEventKind.LOCKED,
                    address ? null : accountId,
                    address ? null : name,
                    keys.address(),
                    (address ? "address " + row.getKey() : "account") + " until " + row.getLockedUntil());
            UserAccount account = row.getKind() == ThrottleKind.ACCOUNT ? em.find(UserAccount.class, accountId) : null;
            if (account != null && row.tellOwner(now)) {
                mail.locked(account, ThrottleKind.LOCK.toMinutes());
            }
        }
    }

    /**
     * Signed in: the account's failures are forgotten, and the attempt does not count against the
     * address. The account's row stays until its window has passed ({@link #forgetStale}): deleted, it had to be made
     * again by the same account's other sign-ins under way, two of which then collided on its key and
     * failed with the right password.
     */
    public void succeeded(Keys keys, SignInDetails details) {
        Instant now = now();
        for (Keys each : keys.each()) {
            SignInThrottle row = row(each, now);
            if (row.getKind() == ThrottleKind.ADDRESS) {
                row.succeeded();
            } else {
                row.forgetFailures();
            }
        }
        accounts.recordLogin(details.accountId(), keys.address());
        securityLog.record(SecurityEventKind.SIGN_IN, details.accountId(), details.username(), keys.address(), null);
    }

    /**
     * Lifts a login's lock and forgets its failures: its owner has just proved, through a link mailed
     * to them, that they may choose its password.
     */
    public void forgetAccount(long accountId) {
        em.createQuery("DELETE FROM SignInThrottle t WHERE t.kind = :account AND t.key = :key")
                .setParameter("account", ThrottleKind.ACCOUNT)
                .setParameter("key", Long.toString(accountId))
                .executeUpdate();
    }

    /** Deletes the rows whose failures are forgotten anyway, so names tried once do not pile up. */
    public void forgetStale() {
        Instant now = now();
        em.createQuery("DELETE FROM SignInThrottle t WHERE t.lastFailureAt < :forgotten"
                        + " AND (t.lockedUntil IS NULL OR t.lockedUntil < :now)")
                .setParameter("forgotten", now.minus(ThrottleKind.WINDOW).minus(ThrottleKind.LOCK))
                .setParameter("now", now)
                .executeUpdate();
    }

    private SignInThrottle row(Keys keys, Instant now) {
        return em.createQuery(
                        "SELECT t FROM SignInThrottle t WHERE t.kind = :kind AND t.key = :key", SignInThrottle.class)
                .setParameter("kind", keys.kind())
                .setParameter("key", keys.key())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    SignInThrottle created = new SignInThrottle(keys.kind(), keys.key(), now);
                    em.persist(created);
                    em.flush();
                    return created;
                });
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}

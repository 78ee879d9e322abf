package com.serviceportal.security;

import com.serviceportal.jobs.contacts.ContactFieldRules;
import com.serviceportal.platform.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Login accounts: what sign-in needs, and the one place passwords are hashed and checked. */
@Stateless
@Allowed(Audience.ANYONE)
public class AccountService {

    /** Argon2id with a random salt per password, in Shiro's self-describing {@code $shiro2$} format. */
    private static final PasswordService PASSWORDS = new DefaultPasswordService();

    /**
     * Password hashes computed at once. An Argon2id hash holds 64 MiB (Shiro's cost) while one core
     * computes it: 32 people signing in at once ran the demo's server (Payara's 512 MB heap) out of
     * memory, and none of them got in. More hashes than cores would finish no sooner, so the others wait
     * their turn, and the memory stays at cores × 64 MiB however many sign in together.
     */
    private static final Semaphore HASHING = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    /**
     * A hash of a password nobody knows, with the same Argon2id cost as a real one: a sign-in with a
     * name no login has is checked against it, so it takes as long as a wrong password would.
     */
    private static final String NOBODYS_HASH =
            hashing(() -> PASSWORDS.encryptPassword(UUID.randomUUID().toString().toCharArray()));

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SecurityLog securityLog;

    /**
     * The login that may sign in with this username or, failing that, with this e-mail address (when
     * exactly one login has it): enabled, and not of a deleted contact. Its password hash is
     * {@code null} for a directory login and for one whose password has not been chosen yet.
     */
    public Optional<SignInDetails> findSignIn(String usernameOrEmail) {
        List<UserAccount> byUsername = em.createQuery(
                        "SELECT a FROM UserAccount a LEFT JOIN a.contact c"
                                + " WHERE a.username = :username AND a.enabled = TRUE AND c.deletedAt IS NULL",
                        UserAccount.class)
                .setParameter("username", ContactFieldRules.username(usernameOrEmail))
                .getResultList();
        List<UserAccount> found = byUsername.isEmpty()
                ? em.createQuery(
                                "SELECT a FROM UserAccount a LEFT JOIN a.contact c"
                                        + " WHERE a.enabled = TRUE AND c.deletedAt IS NULL"
                                        + " AND (LOWER(c.email) = :email OR (c IS NULL AND LOWER(a.email) = :email))",
                                UserAccount.class)
                        .setParameter("email", usernameOrEmail.toLowerCase(Locale.ROOT))
                        .setMaxResults(2)
                        .getResultList()
                : byUsername;
        // An address two logins share names neither of them.
        return found.size() != 1
                ? Optional.empty()
                : Optional.of(found.get(0))
                        .map(a -> new SignInDetails(
                                a.getId(), a.getUsername(), a.getPasswordHash(), a.getRole(), a.getDisplayName()));
    }

    public boolean passwordMatches(char[] password, String storedHash) {
        return hashing(() -> PASSWORDS.passwordsMatch(password, storedHash));
    }

    /** Does the work of checking a password for a login that does not exist; the answer is always no. */
    public boolean nobodysPasswordMatches(char[] password) {
        hashing(() -> PASSWORDS.passwordsMatch(password, NOBODYS_HASH));
        return false;
    }

    public void recordLogin(long accountId, String address) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account != null) {
            account.recordLogin(Instant.now(Clock.systemUTC()), address);
        }
    }

    /** Replaces an account's password; only its hash is stored. */
    @Internal
    public void changePassword(long accountId, char[] newPassword) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        account.setPasswordHash(hashing(() -> PASSWORDS.encryptPassword(newPassword)));
        securityLog.record(SecurityEventKind.PASSWORD_CHANGED, account, null);
    }

    private static <T> T hashing(Supplier<T> hash) {
        HASHING.acquireUninterruptibly();
        try {
            return hash.get();
        } finally {
            HASHING.release();
        }
    }
}

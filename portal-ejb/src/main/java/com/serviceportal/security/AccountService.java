package com.serviceportal.security;

import com.serviceportal.platform.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Login accounts: what sign-in needs, and the one place passwords are hashed and checked. */
@Stateless
@Allowed(Audience.ANYONE)
public class AccountService {

    /** Argon2id with a random salt per password, in Shiro's self-describing {@code $shiro2$} format. */
    private static final PasswordService PASSWORDS = new DefaultPasswordService();

    @PersistenceContext
    private EntityManager em;

    /** The sign-in of an enabled account with a password; a deleted contact has none. */
    public Optional<SignInDetails> findSignIn(String username) {
        return em.createQuery(
                        "SELECT a FROM UserAccount a LEFT JOIN a.contact c"
                                + " WHERE a.username = :username AND a.enabled = TRUE AND c.deletedAt IS NULL",
                        UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .filter(a -> a.getPasswordHash() != null)
                .map(a -> new SignInDetails(
                        a.getId(), a.getUsername(), a.getPasswordHash(), a.getRole(), a.getDisplayName()));
    }

    public boolean passwordMatches(char[] password, String storedHash) {
        return PASSWORDS.passwordsMatch(password, storedHash);
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
        account.setPasswordHash(PASSWORDS.encryptPassword(newPassword));
    }
}

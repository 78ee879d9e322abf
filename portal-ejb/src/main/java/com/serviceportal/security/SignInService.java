package com.serviceportal.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in with a username or an e-mail address, throttled per login and per client address: after a
 * few failures each attempt waits longer before it is checked (1, 2, 4, 8 s), and then sign-in is
 * locked for a while, answered like a wrong password, and the login's owner is mailed. A name no
 * login has is counted and checked the same way (against a hash nobody's password matches), so
 * neither the answer, its time nor a lock tells whether a username exists. The counts live in the
 * database, so every instance of a cluster sees the same. While a configured directory does not
 * answer, every refusal (whatever the name) is counted as before but answered that the password could
 * not be checked, rather than that it is wrong.
 */
@Stateless
@Allowed(Audience.ANYONE)
// The password check and the wait take time: no transaction (and no row lock) is held meanwhile.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInService {

    private static final int BEGIN_TRIES = 3;

    @EJB
    private AccountService accounts;

    @EJB
    private SignInThrottles throttles;

    @EJB
    private DirectoryService directory;

    /**
     * The login, when the name and the password are right and sign-in is not locked for it or for
     * the client's {@code address} ({@code null} when unknown); empty otherwise, for whatever reason.
     *
     * @throws DirectoryUnavailableException when a configured directory does not answer and the portal's own
     *     passwords did not let the person in
     */
    public Optional<SignInDetails> signIn(String usernameOrEmail, char[] password, String address) {
        String name = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        char[] given = password == null ? new char[0] : password;
        Optional<SignInDetails> account = name.isEmpty() ? Optional.empty() : accounts.findSignIn(name);
        Long accountId = account.map(SignInDetails::accountId).orElse(null);
        // the log names a login by its username, however it was typed
        String logged = account.map(SignInDetails::username).orElse(name);
        SignInThrottles.Keys keys = account.map(
                        a -> new SignInThrottles.Keys(ThrottleKind.ACCOUNT, Long.toString(a.accountId()), address))
                .orElseGet(() -> new SignInThrottles.Keys(ThrottleKind.NAME, nameKey(name), address));

        SignInThrottles.Attempt attempt = begin(keys, accountId, logged);
        if (attempt.locked()) {
            return Optional.empty();
        }
        pause(attempt.delay());

        Optional<SignInDetails> signedIn;
        try {
            signedIn = check(name, given, account);
        } catch (DirectoryUnavailableException notAnswering) {
            // counted as any refusal, so that an outage opens no way around the locks; only the answer differs
            throttles.failed(keys, accountId, logged, "directory not answering");
            throttles.forgetStale();
            throw notAnswering;
        }
        if (signedIn.isPresent()) {
            throttles.succeeded(keys, signedIn.get());
        } else {
            throttles.failed(keys, accountId, logged, account.isPresent() ? "wrong password" : "unknown name");
            throttles.forgetStale();
        }
        return signedIn;
    }

    private Optional<SignInDetails> check(String name, char[] password, Optional<SignInDetails> account) {
        if (account.isPresent() && account.get().passwordHash() != null) {
            if (accounts.passwordMatches(password, account.get().passwordHash())) {
                return account;
            }
        } else {
            accounts.nobodysPasswordMatches(password);
        }
        // A directory login, or a name the directory may know (it then becomes a contact); a portal login
        // refused above is asked about too, so that every refusal hears the same while the directory is down.
        return directory.signIn(account.map(SignInDetails::username).orElse(name), password);
    }

    private SignInThrottles.Attempt begin(SignInThrottles.Keys keys, Long accountId, String name) {
        for (int tried = 1; ; tried++) {
            try {
                return throttles.begin(keys, accountId, name);
            } catch (EJBException firstAttemptsAtOnce) {
                // another request created the same row a moment ago: it exists now (its account's and
                // its address's rows are two chances to collide)
                if (tried == BEGIN_TRIES) {
                    throw firstAttemptsAtOnce;
                }
            }
        }
    }

    /** Names differ only in case for the count, and a long one is counted by its start. */
    private static String nameKey(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }

    /**
     * The growing delay. The request waits on the server, so a script gains nothing by not waiting for
     * the answer; it is short (at most {@link ThrottleKind#LONGEST_DELAY}) before the lock takes over.
     */
    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sign-in interrupted", e);
        }
    }
}

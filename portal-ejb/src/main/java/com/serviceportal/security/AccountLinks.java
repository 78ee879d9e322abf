package com.serviceportal.security;

import com.serviceportal.customers.Contact;
import com.serviceportal.platform.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * First access and password resets through single-use links. A link carries a random token of 32
 * bytes; only its SHA-256 is stored. It works once, for one hour, and a newer link of the same
 * account closes the older ones. Every way a link can fail gives the same answer.
 */
@Stateless
@Allowed(Audience.ANYONE)
public class AccountLinks {

    static final Duration LIFETIME = Duration.ofHours(1);

    /** At most one "forgot password" link per account in this time, so the form cannot flood a mailbox. */
    static final Duration RESET_INTERVAL = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @EJB
    private AccountMail mail;

    @EJB
    private AccountService accounts;

    @EJB
    private SecurityLog securityLog;

    @EJB
    private SignInThrottles throttles;

    /** A contact's sign-in and access, for the desk. */
    @Allowed(Audience.STAFF)
    public AccountAccess contactAccess(long contactId) {
        Contact contact = Optional.ofNullable(em.find(Contact.class, contactId)).orElseThrow(NotFoundException::new);
        return accountOfContact(contactId)
                .map(account -> describe(account, contact.isDeleted()))
                .orElseGet(() -> new AccountAccess(
                        null,
                        contact.getFullName(),
                        contact.getEmail(),
                        null,
                        false,
                        null,
                        false,
                        null,
                        null,
                        null,
                        null,
                        false,
                        contact.isDeleted()));
    }

    /** A service-desk login's sign-in and access; only an administrator manages staff logins. */
    @Allowed(Audience.ADMINISTRATORS)
    public AccountAccess staffAccess(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || !account.getRole().isStaff()) {
            throw new NotFoundException();
        }
        return describe(account, false);
    }

    /** Sends a first-access link to the login (desk). */
    @Allowed(Audience.STAFF)
    public void sendInvitation(long accountId) {
        issue(manageable(accountId), LinkPurpose.INVITATION);
    }

    /** Sends a password reset link to the login (desk). */
    @Allowed(Audience.STAFF)
    public void sendReset(long accountId) {
        issue(manageable(accountId), LinkPurpose.RESET);
    }

    /**
     * "Forgot password?": sends a reset link when a login with a portal password matches the username
     * or e-mail address, and was not sent one in the last minute. Answers nothing either way.
     */
    public void requestReset(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
            return;
        }
        String wanted = usernameOrEmail.strip().toLowerCase(Locale.ROOT);
        List<UserAccount> matches = em.createQuery(
                        "SELECT a FROM UserAccount a LEFT JOIN a.contact c WHERE a.enabled = TRUE AND a.directoryDn IS NULL"
                                + " AND (a.username = :wanted OR LOWER(c.email) = :wanted"
                                + " OR (c IS NULL AND LOWER(a.email) = :wanted))",
                        UserAccount.class)
                .setParameter("wanted", wanted)
                .getResultList();
        Instant recent = now().minus(RESET_INTERVAL);
        for (UserAccount account : matches) {
            boolean sentRecently = !em.createQuery(
                            "SELECT l.id FROM AccountLink l WHERE l.account = :account AND l.purpose = :reset"
                                    + " AND l.createdAt > :recent",
                            Long.class)
                    .setParameter("account", account)
                    .setParameter("reset", LinkPurpose.RESET)
                    .setParameter("recent", recent)
                    .setMaxResults(1)
                    .getResultList()
                    .isEmpty();
            if (!sentRecently) {
                issue(account, LinkPurpose.RESET);
            }
        }
    }

    /** What the set-password page shows before the user types; refuses a link that cannot be used. */
    public LinkDetails checkLink(String token) {
        AccountLink link = openLink(token);
        UserAccount account = link.getAccount();
        return new LinkDetails(link.getPurpose(), account.getUsername(), account.getDisplayName());
    }

    /**
     * The message key of the part of the password rule a candidate password breaks, for the page's
     * live check as the user types; empty when it passes.
     */
    public Optional<String> checkPassword(String token, String candidate) {
        UserAccount account = openLink(token).getAccount();
        return PasswordRule.broken(candidate, account.getUsername(), account.mailAddress());
    }

    /**
     * Sets the password of the link's login and uses the link up; the login's owner is told by
     * e-mail, and a lock of its sign-in is lifted. Nobody is signed in by it: the user signs in with
     * the new password.
     */
    public void setPassword(String token, String newPassword) {
        AccountLink link = openLink(token);
        UserAccount account = link.getAccount();
        PasswordRule.broken(newPassword, account.getUsername(), account.mailAddress())
                .ifPresent(key -> {
                    throw new PasswordRuleException(key);
                });
        link.use(now());
        securityLog.record(
                SecurityEventKind.LINK_USED, account, link.getPurpose().name());
        accounts.changePassword(account.getId(), newPassword.toCharArray());
        throttles.forgetAccount(account.getId());
        mail.passwordChanged(account);
    }

    /**
     * Tells a contact that its e-mail address changed, at the old and the new address. The contact
     * service calls it when it saves a new address.
     */
    @Internal
    public void emailChanged(long contactId, String previousEmail, String newEmail) {
        if (previousEmail == null || previousEmail.equalsIgnoreCase(newEmail)) {
            return;
        }
        accountOfContact(contactId).ifPresent(account -> mail.emailChanged(account, previousEmail, newEmail));
    }

    private void issue(UserAccount account, LinkPurpose purpose) {
        Instant now = now();
        em.createQuery("SELECT l FROM AccountLink l WHERE l.account = :account AND l.usedAt IS NULL", AccountLink.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(older -> older.use(now));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.persist(new AccountLink(account, purpose, hash(token), now, now.plus(LIFETIME)));
        securityLog.record(SecurityEventKind.LINK_SENT, account, purpose.name());
        if (purpose == LinkPurpose.INVITATION) {
            mail.invitation(account, token);
        } else {
            mail.reset(account, token);
        }
    }

    private AccountLink openLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new LinkInvalidException();
        }
        return em.createQuery("SELECT l FROM AccountLink l WHERE l.tokenHash = :hash", AccountLink.class)
                .setParameter("hash", hash(token.strip()))
                .getResultStream()
                .findFirst()
                .filter(l -> l.isOpen(now()))
                .filter(l -> l.getAccount().isEnabled() && l.getAccount().getDirectoryDn() == null)
                .orElseThrow(LinkInvalidException::new);
    }

    /** A login the caller may send links for: a contact's for staff, a staff login for an administrator. */
    private UserAccount manageable(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        // a technician sends links to contacts; only an administrator to the desk's own logins
        if (account.getRole().isStaff() && caller.scope().role() != Role.ADMINISTRATOR) {
            throw new NotFoundException();
        }
        if (account.getDirectoryDn() != null) {
            throw new AccessRefusedException("access.directoryAccount");
        }
        if (!account.isEnabled()) {
            throw new AccessRefusedException("access.noWebAccess");
        }
        if (account.mailAddress() == null || account.mailAddress().isBlank()) {
            throw new AccessRefusedException("access.noEmail");
        }
        return account;
    }

    private AccountAccess describe(UserAccount account, boolean contactDeleted) {
        Optional<AccountLink> last = em.createQuery(
                        "SELECT l FROM AccountLink l WHERE l.account = :account ORDER BY l.createdAt DESC",
                        AccountLink.class)
                .setParameter("account", account)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        return new AccountAccess(
                account.getId(),
                account.getContact() != null ? account.getContact().getFullName() : account.getDisplayName(),
                account.mailAddress(),
                account.getUsername(),
                account.isEnabled(),
                account.getDirectoryDn(),
                account.hasPassword(),
                account.getLastLoginAt(),
                account.getLastLoginAddress(),
                last.map(AccountLink::getPurpose).orElse(null),
                last.map(AccountLink::getCreatedAt).orElse(null),
                account.getRole().isStaff(),
                contactDeleted);
    }

    private Optional<UserAccount> accountOfContact(long contactId) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.contact.id = :contact", UserAccount.class)
                .setParameter("contact", contactId)
                .getResultStream()
                .findFirst();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

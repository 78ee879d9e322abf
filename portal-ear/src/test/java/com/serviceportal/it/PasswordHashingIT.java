package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.security.AccountService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.naming.InitialContext;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Passwords are kept only as salted Argon2id hashes, and sign-in checks against them. */
@ExtendWith(ArquillianExtension.class)
public class PasswordHashingIT {

    private static final String ARGON2 = "org.bouncycastle.crypto.generators.Argon2BytesGenerator";

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(PasswordHashingIT.class, DemoData.class, AtOnce.class);
    }

    @Inject
    private AccountService accounts;

    @Test
    public void storedPasswordsAreSaltedArgon2idHashes() throws Exception {
        List<String> hashes = storedHashes(
                "SELECT password_hash FROM user_account WHERE username IN ('anna', 'sven', 'mark', 'tom', 'ada')");

        assertEquals(5, hashes.size(), "every demo login has a password");
        for (String hash : hashes) {
            assertTrue(hash.startsWith("$shiro2$argon2id$"), hash);
            assertFalse(hash.contains(DemoData.PASSWORD));
        }
        assertEquals(hashes.size(), new HashSet<>(hashes).size(), "the same password hashes differently per account");
    }

    @Test
    public void signInAcceptsTheRightPasswordOnly() {
        Subject subject = SecurityUtils.getSubject();
        assertThrows(
                AuthenticationException.class,
                () -> subject.login(new UsernamePasswordToken(DemoData.SITE_CONTACT, "service-demo-2026")));
        assertThrows(
                AuthenticationException.class,
                () -> subject.login(new UsernamePasswordToken("nobody", DemoData.PASSWORD)));

        subject.login(new UsernamePasswordToken(DemoData.SITE_CONTACT, DemoData.PASSWORD));
        assertTrue(subject.hasRole("customer"));
        assertFalse(subject.hasRole("technician"));
        subject.logout();
    }

    @Test
    public void changedPasswordIsStoredHashedAndReplacesTheOldOne() throws Exception {
        String username = "hash-" + UUID.randomUUID().toString().substring(0, 8);
        long id = insertStaffAccountWithoutPassword(username);

        accounts.changePassword(id, "First-Secret-1".toCharArray());
        String first = storedHashes("SELECT password_hash FROM user_account WHERE id = " + id)
                .get(0);
        accounts.changePassword(id, "Second-Secret-2".toCharArray());
        String second = storedHashes("SELECT password_hash FROM user_account WHERE id = " + id)
                .get(0);

        assertTrue(second.startsWith("$shiro2$argon2id$"));
        assertNotEquals(first, second);
        Subject subject = SecurityUtils.getSubject();
        assertThrows(
                AuthenticationException.class,
                () -> subject.login(new UsernamePasswordToken(username, "First-Secret-1")));
        subject.login(new UsernamePasswordToken(username, "Second-Secret-2"));
        assertTrue(subject.hasRole("technician"));
        subject.logout();
    }

    /**
     * Many people signing in at once are checked a few at a time: each Argon2id check holds 64 MiB, and
     * 32 at once ran the demo's server out of memory, so none of them got in. The checks under way are
     * counted from the threads' stacks while twelve people sign in at once.
     */
    @Test
    public void aCrowdSigningInAtOnceIsCheckedAFewAtATimeAndEveryoneGetsIn() throws Exception {
        String hash = storedHashes(
                        "SELECT password_hash FROM user_account WHERE username = '" + DemoData.SITE_CONTACT + "'")
                .get(0);
        int crowd = 12;
        int cores = Runtime.getRuntime().availableProcessors();
        ManagedThreadFactory threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        ExecutorService people = Executors.newFixedThreadPool(crowd, threads);
        try {
            List<Future<Boolean>> answers =
                    AtOnce.start(people, crowd, () -> accounts.passwordMatches(DemoData.PASSWORD.toCharArray(), hash));
            int most = 0;
            while (!answers.stream().allMatch(Future::isDone)) {
                most = Math.max(most, hashingNow());
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            }
            for (Future<Boolean> answer : answers) {
                assertTrue(answer.get(), "everyone in the crowd gets in");
            }
            assertTrue(most >= 1, "the checks were seen");
            assertTrue(most <= cores, most + " passwords were checked at once on " + cores + " cores");
        } finally {
            people.shutdownNow();
        }
    }

    /** How many threads are computing an Argon2 hash now. */
    private static int hashingNow() {
        return (int) Thread.getAllStackTraces().values().stream()
                .filter(stack -> Arrays.stream(stack)
                        .anyMatch(frame -> frame.getClassName().startsWith(ARGON2)))
                .count();
    }

    private static long insertStaffAccountWithoutPassword(String username) throws Exception {
        try (Connection connection = DemoData.database().getConnection()) {
            long id;
            try (ResultSet next = connection.createStatement().executeQuery("SELECT NEXT VALUE FOR user_account_seq")) {
                next.next();
                id = next.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO user_account (id, username, role, display_name, enabled, version)"
                            + " VALUES (?, ?, 'TECHNICIAN', 'Hash Test', 1, 0)")) {
                insert.setLong(1, id);
                insert.setString(2, username);
                insert.executeUpdate();
            }
            return id;
        }
    }

    private static List<String> storedHashes(String sql) throws Exception {
        try (Connection connection = DemoData.database().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> hashes = new ArrayList<>();
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
            return hashes;
        }
    }
}

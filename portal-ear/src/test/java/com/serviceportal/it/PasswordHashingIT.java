package com.serviceportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.serviceportal.security.AccountService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
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

    @Deployment
    public static EnterpriseArchive deployment() {
        return PortalEar.withTestClasses(PasswordHashingIT.class, DemoData.class);
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

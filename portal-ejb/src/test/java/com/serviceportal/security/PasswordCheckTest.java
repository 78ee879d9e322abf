package com.serviceportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo logins' stored hashes, checked the way sign-in checks them, without a server. */
class PasswordCheckTest {

    private static final Pattern HASH = Pattern.compile("'(\\$shiro2\\$argon2id\\$[^']+)'");

    private final AccountService accounts = new AccountService();

    @Test
    void everyDemoLoginMatchesTheDocumentedPasswordOnly() throws IOException {
        List<String> hashes = demoHashes();

        assertEquals(5, hashes.size(), "five demo logins, each with an Argon2id hash");
        for (String stored : hashes) {
            assertTrue(accounts.passwordMatches("Service-Demo-2026".toCharArray(), stored));
            assertFalse(accounts.passwordMatches("service-demo-2026".toCharArray(), stored));
            assertFalse(accounts.passwordMatches(new char[0], stored));
        }
    }

    private static List<String> demoHashes() throws IOException {
        try (InputStream sql =
                PasswordCheckTest.class.getResourceAsStream("/db/demo/V1__demo_customers_and_logins.sql")) {
            String text = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
            return HASH.matcher(text).results().map(m -> m.group(1)).toList();
        }
    }
}

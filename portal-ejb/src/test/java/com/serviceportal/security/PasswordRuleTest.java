package com.serviceportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The password rule as the set-password page states it. */
class PasswordRuleTest {

    private static Optional<String> check(String password) {
        return PasswordRule.broken(password, "sven", "sven.berg@nordicfoods.example");
    }

    @Test
    void twelveCharactersAreTheLeast() {
        assertEquals(Optional.of("password.rule.tooShort"), check("Kyl-rum-3!a"));
        assertEquals(Optional.empty(), check("Kyl-rum-3!ab"));
        assertEquals(Optional.of("password.rule.tooShort"), check(null));
        assertEquals(Optional.of("password.rule.tooLong"), check("x".repeat(64) + "y".repeat(65)));
    }

    @Test
    void theUsernameOrEmailIsNotAPassword() {
        assertEquals(Optional.of("password.rule.personal"), check("Sven-the-great-2026"));
        assertEquals(Optional.of("password.rule.personal"), check("sven.berg@nordicfoods.example"));
        assertEquals(Optional.of("password.rule.personal"), check("my SVEN.BERG hat!"));
    }

    @Test
    void commonPasswordsAndTheirDecoratedFormsAreRefused() {
        assertEquals(Optional.of("password.rule.common"), check("password1234"));
        assertEquals(Optional.of("password.rule.common"), check("Password-2024!"));
        assertEquals(Optional.of("password.rule.common"), check("123456789012"));
        assertEquals(Optional.of("password.rule.common"), check("Välkommen2026!!"));
        assertEquals(Optional.of("password.rule.common"), check("aaaaaaaaaaaaaaaa"));
        assertEquals(Optional.of("password.rule.common"), check("abababab1212"));
    }

    @Test
    void aFewWordsPass() {
        assertEquals(Optional.empty(), check("blue kettle on the roof"));
        assertEquals(Optional.empty(), check("Frysrum två är kallt"));
    }
}

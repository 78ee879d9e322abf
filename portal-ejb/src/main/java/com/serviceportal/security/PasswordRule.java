package com.serviceportal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: at least 12 characters (at most 128), not containing the username,
 * the e-mail address or its local part, and not one of the commonly used passwords. Length beats
 * forced character classes; the list stops the passwords tried first. The same rule is shown on the
 * page before the user types, checked there as they type, and checked again by the service.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordRule() {}

    /**
     * The message key of the first part of the rule the password breaks, or empty when it passes.
     *
     * @param password the new password
     * @param username the account's username, may be {@code null}
     * @param email the account's e-mail address, may be {@code null}
     */
    public static Optional<String> broken(String password, String username, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.rule.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.rule.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (contains(lower, username) || contains(lower, email) || contains(lower, localPart(email))) {
            return Optional.of("password.rule.personal");
        }
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("\\P{L}", ""))) {
            return Optional.of("password.rule.common");
        }
        if (lower.codePoints().distinct().count() < 5) {
            return Optional.of("password.rule.common");
        }
        return Optional.empty();
    }

    private static boolean contains(String lowerPassword, String personal) {
        return personal != null
                && personal.strip().length() >= 3
                && lowerPassword.contains(personal.strip().toLowerCase(Locale.ROOT));
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }

    private static Set<String> load() {
        try (InputStream list = PasswordRule.class.getResourceAsStream("common-passwords.txt")) {
            return new String(list.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

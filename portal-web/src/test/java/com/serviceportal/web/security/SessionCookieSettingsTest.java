package com.serviceportal.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionCookieSettingsTest {

    @Test
    void theSessionCookieIsSecureUnlessTheServerSaysFalse() {
        assertTrue(SessionCookieSettings.secure(null), "on by default");
        assertTrue(SessionCookieSettings.secure("true"));
        assertTrue(SessionCookieSettings.secure("flase"), "a mistyped setting keeps it on");
        assertFalse(SessionCookieSettings.secure("false"));
        assertFalse(SessionCookieSettings.secure(" FALSE "));
    }
}

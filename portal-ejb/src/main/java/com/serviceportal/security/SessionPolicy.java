package com.serviceportal.security;

import com.serviceportal.settings.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Duration;

/**
 * How the web sessions of signed-in users behave, as the desk has set it. Asked by the sign-in itself,
 * before the request knows its caller, so anyone may ask (the idle time is no secret).
 */
@Stateless
@Allowed(Audience.ANYONE)
public class SessionPolicy {

    @EJB
    private SettingsService settings;

    /** How long a signed-in user may stay idle before being signed out (portal settings). */
    public Duration idleSignOut() {
        return Duration.ofMinutes(settings.idleSignOutMinutes());
    }
}

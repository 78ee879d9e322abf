package com.serviceportal.platform;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address the portal is reached at as the server is set up: the MicroProfile Config property
 * {@value #BASE_URL} (a system property, an environment variable {@code PORTAL_BASE_URL} or
 * {@code asadmin set-config-property}), {@code http://localhost:8080} when nothing sets it. The desk's
 * setting "Portal address" comes first (see {@code SettingsService#link}). Read at each use, so a
 * changed value is in the next mail.
 */
public final class PortalAddress {

    public static final String BASE_URL = "portal.base-url";

    private static final String DEFAULT = "http://localhost:8080";

    private PortalAddress() {}

    /** The address the server's configuration gives. */
    public static String configured() {
        return ConfigProvider.getConfig()
                .getOptionalValue(BASE_URL, String.class)
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .orElse(DEFAULT);
    }

    /** The address {@code base} followed by {@code path} (which starts with a slash). */
    public static String link(String base, String path) {
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}

package com.serviceportal.platform;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address the portal is reached at, for the links in its mails: the MicroProfile Config
 * property {@value #BASE_URL} (a system property, an environment variable {@code PORTAL_BASE_URL} or
 * {@code asadmin set-config-property}), {@code http://localhost:8080} when nothing sets it. Read at
 * each use, so a changed value is in the next mail.
 */
public final class PortalAddress {

    public static final String BASE_URL = "portal.base-url";

    private static final String DEFAULT = "http://localhost:8080";

    private PortalAddress() {}

    /** The portal's address followed by {@code path} (which starts with a slash). */
    public static String link(String path) {
        String base = ConfigProvider.getConfig()
                .getOptionalValue(BASE_URL, String.class)
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .orElse(DEFAULT);
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}

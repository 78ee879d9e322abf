package com.serviceportal.settings;

/** The portal-wide settings, by the name they are stored under. */
public enum Setting {
    /** "true" when a new case asks for a fault code (shown by its friendly name). */
    FAULT_CODES_ENABLED("fault-codes-enabled"),
    /** A message shown to the customer after raising a case, e.g. an out-of-hours number. */
    NEW_CASE_ALERT("new-case-alert"),
    /** Where the service desk receives alerts of new cases and customers' notes. */
    DESK_EMAIL("desk-email"),
    /** The id of the service level of cases without a contract (or whose contract has none). */
    DEFAULT_SERVICE_LEVEL("default-service-level"),
    /** Minutes a signed-in user may stay idle before being signed out. */
    IDLE_SIGN_OUT_MINUTES("idle-sign-out-minutes"),
    /** "true" when a contact's login is its e-mail address (the desk gives no username of its own). */
    EMAIL_AS_USERNAME("email-as-username"),
    /** The portal's name in its top bar, its page titles and its mail; the product's name when none. */
    PORTAL_NAME("portal-name"),
    /** The address users reach the portal at, for its links and mail; the server's setting when none. */
    PORTAL_ADDRESS("portal-address");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}

package com.serviceportal.jobs.contacts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The longest value of every field of a contact, its account and its company, and the form of an
 * e-mail address: the one set of rules the desk's contact form, the import's preview, the import job
 * and the database's columns (V1, V12, V13, V28) all keep. Each length is a compile-time constant, so
 * the entities' {@code @Size} use it too; {@code FieldRulesIT} compares them with the columns.
 */
public final class ContactFieldRules {

    public static final int TITLE = 128;
    public static final int FIRST_NAME = 64;
    public static final int LAST_NAME = 64;
    /** The account's display name is "first last", so its column holds both and a blank. */
    public static final int DISPLAY_NAME = FIRST_NAME + 1 + LAST_NAME;

    public static final int EMAIL = 254;
    public static final int USERNAME = 64;
    /** A company's or a site's name. */
    public static final int CUSTOMER_NAME = 120;

    public static final int ADDRESS_LINE = 128;
    public static final int CITY = 64;
    public static final int STATE_REGION = 32;
    public static final int POSTCODE = 20;
    /** A country as written in a file (a name); stored as its two-letter code. */
    public static final int COUNTRY_WRITTEN = 64;

    public static final int PHONE = 20;
    public static final int NOTES = 4000;
    public static final int CUSTOM_FIELD_VALUE = 256;
    /** A locale as written in a file ("sv_SE"); stored as its language. */
    public static final int LOCALE_WRITTEN = 5;

    /** name@domain.tld, no blanks: what the form and the import accept as an e-mail address. */
    public static final Pattern EMAIL_FORM = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ContactFieldRules() {}

    /** Whether a value (none counts as fitting) is longer than {@code max} characters. */
    public static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }

    /**
     * A username as the portal keeps and compares it: stripped and in lower case, so that H2 (which
     * compares text with case) and SQL Server (whose collation compares it without) find the same
     * login for "Anna" and "anna", and refuse a second one alike (docs/decisions/0035). {@code null}
     * stays {@code null}.
     */
    public static String username(String written) {
        return written == null ? null : written.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isEmailAddress(String value) {
        return value != null && EMAIL_FORM.matcher(value).matches();
    }
}

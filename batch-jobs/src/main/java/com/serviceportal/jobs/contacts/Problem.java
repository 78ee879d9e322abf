package com.serviceportal.jobs.contacts;

import java.io.Serializable;

/**
 * Why a row cannot be imported as written: a problem code (the views translate
 * {@code contactImport.problem.<code>}), the field it concerns, if one, and a detail such as the
 * longest length or the line a value appeared on before.
 */
public record Problem(String code, ContactField field, String detail) implements Serializable {

    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "tooLong";
    public static final String EMAIL = "email";
    public static final String COUNTRY = "country";
    public static final String LOCALE = "locale";
    public static final String PRIMARY_CONTACT = "primaryContact";
    public static final String USERNAME_IN_FILE = "usernameInFile";
    public static final String EMAIL_IN_FILE = "emailInFile";
    public static final String USERNAME_TAKEN = "usernameTaken";
    public static final String EMAIL_TAKEN = "emailTaken";
    public static final String LINE_MANAGER = "lineManager";
    public static final String LINE_MANAGER_NOT_LINKED = "lineManagerNotLinked";
    /** The database refused the row for a reason of its own; the detail is its message. */
    public static final String REFUSED = "refused";

    public Problem(String code, ContactField field) {
        this(code, field, null);
    }
}

package com.serviceportal.security;

/** What the security log records. */
public enum SecurityEventKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    /** Sign-in of an account, or from a client address, refused for a while after too many failures. */
    LOCKED,
    /** An invitation or password reset link was sent. */
    LINK_SENT,
    LINK_USED,
    PASSWORD_CHANGED,
    /** A login's role or web access changed. */
    ACCESS_CHANGED,
    CONTACTS_EXPORTED
}

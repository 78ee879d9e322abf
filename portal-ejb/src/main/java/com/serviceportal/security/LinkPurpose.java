package com.serviceportal.security;

/** Why a single-use link was sent: a first access, or a forgotten or reset password. */
public enum LinkPurpose {
    INVITATION,
    RESET
}

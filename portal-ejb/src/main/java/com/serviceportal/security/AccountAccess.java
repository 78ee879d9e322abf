package com.serviceportal.security;

import java.time.Instant;

/**
 * How one person signs in, as the desk's "Sign-in and access" page shows it.
 *
 * @param accountId the login, {@code null} when the contact has no username yet
 * @param name the person's name
 * @param email where the links are sent
 * @param username the login's username
 * @param webAccess the login may sign in
 * @param directoryDn the directory entry the login signs in against, {@code null} for a portal password
 * @param passwordSet a portal password has been chosen
 * @param lastLoginAt when the login last signed in
 * @param lastLoginAddress from where
 * @param lastLinkPurpose the last link sent
 * @param lastLinkSentAt when
 * @param staff a service-desk login rather than a contact's
 * @param contactDeleted the login's contact is deleted (it can be enabled again on its form)
 */
public record AccountAccess(
        Long accountId,
        String name,
        String email,
        String username,
        boolean webAccess,
        String directoryDn,
        boolean passwordSet,
        Instant lastLoginAt,
        String lastLoginAddress,
        LinkPurpose lastLinkPurpose,
        Instant lastLinkSentAt,
        boolean staff,
        boolean contactDeleted) {

    public boolean isDirectoryAccount() {
        return directoryDn != null;
    }

    /** Links set a portal password, which a directory login does not have. */
    public boolean isLinksPossible() {
        return accountId != null && webAccess && !contactDeleted && directoryDn == null && email != null;
    }
}

package com.serviceportal.security;

/**
 * What one directory sync did: contacts (with their logins) created and updated, and directory
 * entries skipped because a mapped field is missing or no customer matches.
 */
public record DirectorySyncResult(int created, int updated, int skipped) {

    /** The job's exit status, which the Directory page reads back. */
    public String exitStatus() {
        return "created=" + created + " updated=" + updated + " skipped=" + skipped;
    }
}

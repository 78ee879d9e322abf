package com.serviceportal.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one directory sync did: contacts (with their logins) created and updated, and directory
 * entries skipped because a mapped field is missing or no customer matches.
 */
public record DirectorySyncResult(int created, int updated, int skipped) {

    private static final Pattern EXIT_STATUS = Pattern.compile("created=(\\d+) updated=(\\d+) skipped=(\\d+)");

    /** Reads back an {@link #exitStatus()}; {@code null} for anything else. */
    public static DirectorySyncResult parse(String exitStatus) {
        if (exitStatus == null) {
            return null;
        }
        Matcher m = EXIT_STATUS.matcher(exitStatus);
        return m.matches()
                ? new DirectorySyncResult(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : null;
    }

    /** The job's exit status, which the Directory page reads back. */
    public String exitStatus() {
        return "created=" + created + " updated=" + updated + " skipped=" + skipped;
    }
}

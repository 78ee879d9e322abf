package com.serviceportal.security;

import java.io.Serializable;
import java.util.List;

/** One page of the security log, newest first, and whether another follows; the total is never counted. */
public record SecurityLogPage(List<SecurityLogEntry> entries, boolean hasMore) implements Serializable {

    public SecurityLogPage {
        entries = List.copyOf(entries);
    }
}

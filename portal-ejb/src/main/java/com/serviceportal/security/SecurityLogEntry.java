package com.serviceportal.security;

import java.io.Serializable;
import java.time.Instant;

/** A line of the security log as the desk shows it. */
public record SecurityLogEntry(
        long id,
        Instant occurredAt,
        SecurityEventKind kind,
        String username,
        String actor,
        String address,
        String detail)
        implements Serializable {

    // Getters for the page: Expression Language 5 does not read record components.

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getUsername() {
        return username;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }

    static SecurityLogEntry of(SecurityEvent event) {
        return new SecurityLogEntry(
                event.getId(),
                event.getOccurredAt(),
                event.getKind(),
                event.getUsername(),
                event.getActor(),
                event.getAddress(),
                event.getDetail());
    }
}

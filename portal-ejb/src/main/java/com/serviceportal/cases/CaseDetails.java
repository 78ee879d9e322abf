package com.serviceportal.cases;

import java.io.Serializable;
import java.time.Instant;

/**
 * One case as a page shows it.
 *
 * @param raisedBy the raising contact's name, or {@code null}
 */
public record CaseDetails(
        long id, long number, String company, String site, String raisedBy, Severity severity,
        String status, CaseSource source, String summary, String description, Instant createdAt,
        Instant updatedAt) implements Serializable {}

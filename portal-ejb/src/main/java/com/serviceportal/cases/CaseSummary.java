package com.serviceportal.cases;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a case list.
 *
 * @param company the company the case belongs to
 * @param site the site, or {@code null} when the case is on the company itself
 */
public record CaseSummary(
        long id, long number, String summary, Severity severity, String status, String company, String site,
        Instant createdAt) implements Serializable {}

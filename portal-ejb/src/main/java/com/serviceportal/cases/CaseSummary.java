package com.serviceportal.cases;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a case list: the company the case belongs to and, when it is on one of the company's
 * sites, that site ({@code null} otherwise). A class rather than a record because Jakarta EL 5
 * reads only bean getters.
 */
public final class CaseSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long number;
    private final String summary;
    private final Severity severity;
    private final String status;
    private final String company;
    private final String site;
    private final Instant createdAt;

    public CaseSummary(
            long id,
            long number,
            String summary,
            Severity severity,
            String status,
            String company,
            String site,
            Instant createdAt) {
        this.id = id;
        this.number = number;
        this.summary = summary;
        this.severity = severity;
        this.status = status;
        this.company = company;
        this.site = site;
        this.createdAt = createdAt;
    }

    public long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public String getSummary() {
        return summary;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getStatus() {
        return status;
    }

    public String getCompany() {
        return company;
    }

    public String getSite() {
        return site;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

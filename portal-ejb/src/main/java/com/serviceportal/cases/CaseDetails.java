package com.serviceportal.cases;

import java.io.Serializable;
import java.time.Instant;

/** One case as a page shows it; {@code site} and {@code raisedBy} may be {@code null}. */
public final class CaseDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long number;
    private final String company;
    private final String site;
    private final String raisedBy;
    private final Severity severity;
    private final String status;
    private final CaseSource source;
    private final String summary;
    private final String description;
    private final Instant createdAt;
    private final Instant updatedAt;

    public CaseDetails(
            long id,
            long number,
            String company,
            String site,
            String raisedBy,
            Severity severity,
            String status,
            CaseSource source,
            String summary,
            String description,
            Instant createdAt,
            Instant updatedAt) {
        this.id = id;
        this.number = number;
        this.company = company;
        this.site = site;
        this.raisedBy = raisedBy;
        this.severity = severity;
        this.status = status;
        this.source = source;
        this.summary = summary;
        this.description = description;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    public long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public String getCompany() {
        return company;
    }

    public String getSite() {
        return site;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getStatus() {
        return status;
    }

    public CaseSource getSource() {
        return source;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

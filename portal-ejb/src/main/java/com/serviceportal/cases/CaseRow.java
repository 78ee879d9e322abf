package com.serviceportal.cases;

import com.serviceportal.sla.TargetState;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a case list, for customers and the desk alike. {@code site} is {@code null} for a
 * case on the company itself; {@code team} and {@code assignee} are {@code null} until the desk
 * gives the case to someone. A class rather than a record because Jakarta EL 5 reads only bean
 * getters.
 */
public final class CaseRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long number;
    private final String summary;
    private final Severity severity;
    private final String status;
    private final boolean complete;
    private final String company;
    private final String site;
    private final String customer;
    private final String team;
    private final String assignee;
    private final Instant createdAt;
    private final Instant dueAt;
    private final TargetState due;

    public CaseRow(
            long id,
            long number,
            String summary,
            Severity severity,
            String status,
            boolean complete,
            String company,
            String site,
            String team,
            String assignee,
            Instant createdAt,
            Instant dueAt,
            TargetState due) {
        this.id = id;
        this.number = number;
        this.summary = summary;
        this.severity = severity;
        this.status = status;
        this.complete = complete;
        this.company = company;
        this.site = site;
        this.customer = site == null ? company : site;
        this.team = team;
        this.assignee = assignee;
        this.createdAt = createdAt;
        this.dueAt = dueAt;
        this.due = due;
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

    public boolean isComplete() {
        return complete;
    }

    public String getCompany() {
        return company;
    }

    public String getSite() {
        return site;
    }

    /** The site, or the company for a case on the company itself. */
    public String getCustomer() {
        return customer;
    }

    public String getTeam() {
        return team;
    }

    public String getAssignee() {
        return assignee;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The next open service-level due time; {@code null} without a target or once complete. */
    public Instant getDueAt() {
        return dueAt;
    }

    /** Where the case stands against that due time: open, at risk, paused or missed (breached). */
    public TargetState getDue() {
        return due;
    }
}

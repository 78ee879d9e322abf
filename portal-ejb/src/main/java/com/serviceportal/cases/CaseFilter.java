package com.serviceportal.cases;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What a case list is narrowed to. Empty fields do not narrow; by default only active cases are
 * listed (those whose status is not complete). The form of the list page binds to it directly.
 */
public class CaseFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@link #getAssigneeId()} value for cases given to no one. */
    public static final long UNASSIGNED = -1L;

    /** {@link #getAssigneeId()} value for the signed-in staff member's own cases. */
    public static final long MINE = -2L;

    private Long[] statusIds = new Long[0];
    private boolean includeComplete;
    private Severity[] severities = new Severity[0];
    private Long customerId;
    private Long teamId;
    private Long assigneeId;
    private String text;
    private boolean dueSoon;

    public Long[] getStatusIds() {
        return statusIds;
    }

    public void setStatusIds(Long[] statusIds) {
        this.statusIds = statusIds == null ? new Long[0] : statusIds;
    }

    /** Whether complete and cancelled cases are listed as well. */
    public boolean isIncludeComplete() {
        return includeComplete;
    }

    public void setIncludeComplete(boolean includeComplete) {
        this.includeComplete = includeComplete;
    }

    public Severity[] getSeverities() {
        return severities;
    }

    public void setSeverities(Severity[] severities) {
        this.severities = severities == null ? new Severity[0] : severities;
    }

    /** A company or a site; a contact may choose only among those it sees. */
    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    /** A staff account's id, {@link #UNASSIGNED} or {@link #MINE}; {@code null} for anyone. */
    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    /** Words of the summary, or a case number. */
    /** Only cases whose next service-level target is at risk or already breached. */
    public boolean isDueSoon() {
        return dueSoon;
    }

    public void setDueSoon(boolean dueSoon) {
        this.dueSoon = dueSoon;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /**
     * A fingerprint of every value of the filter, the same for two filters that list the same cases,
     * so that a list can tell whether its filter changed.
     */
    int fingerprint() {
        return List.of(
                        Arrays.toString(statusIds),
                        Boolean.toString(includeComplete),
                        Arrays.toString(severities),
                        String.valueOf(customerId),
                        String.valueOf(teamId),
                        String.valueOf(assigneeId),
                        text == null ? "" : text.strip(),
                        Boolean.toString(dueSoon))
                .hashCode();
    }
}

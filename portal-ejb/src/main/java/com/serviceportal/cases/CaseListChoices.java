package com.serviceportal.cases;

import java.io.Serializable;
import java.util.List;

/**
 * The options of a case list's filters for one caller. A contact gets the statuses customers see
 * and its own customers; staff get every status, team, staff member and customer.
 */
public final class CaseListChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ListChoice> statuses;
    private final List<ListChoice> customers;
    private final List<ListChoice> teams;
    private final List<ListChoice> assignees;

    public CaseListChoices(
            List<ListChoice> statuses, List<ListChoice> customers, List<ListChoice> teams, List<ListChoice> assignees) {
        this.statuses = List.copyOf(statuses);
        this.customers = List.copyOf(customers);
        this.teams = List.copyOf(teams);
        this.assignees = List.copyOf(assignees);
    }

    public List<ListChoice> getStatuses() {
        return statuses;
    }

    /** For a contact: its customer and the sites below; for staff: every customer. */
    public List<ListChoice> getCustomers() {
        return customers;
    }

    public List<ListChoice> getTeams() {
        return teams;
    }

    public List<ListChoice> getAssignees() {
        return assignees;
    }
}

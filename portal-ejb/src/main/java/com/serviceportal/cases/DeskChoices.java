package com.serviceportal.cases;

import com.serviceportal.platform.Choice;
import java.io.Serializable;
import java.util.List;

/**
 * The lists the desk's case page picks from: statuses, teams, the staff to assign and the contracts
 * that may cover the case.
 */
public final class DeskChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<StatusChoice> statuses;
    private final List<Choice> teams;
    private final List<Choice> staff;
    private final List<Choice> contracts;

    DeskChoices(List<StatusChoice> statuses, List<Choice> teams, List<Choice> staff, List<Choice> contracts) {
        this.statuses = List.copyOf(statuses);
        this.teams = List.copyOf(teams);
        this.staff = List.copyOf(staff);
        this.contracts = List.copyOf(contracts);
    }

    /** Every status, and whether a note in it is visible to the customer. */
    public List<StatusChoice> getStatuses() {
        return statuses;
    }

    public List<Choice> getTeams() {
        return teams;
    }

    public List<Choice> getStaff() {
        return staff;
    }

    /** The active contracts covering the case's customer or equipment, and the case's own. */
    public List<Choice> getContracts() {
        return contracts;
    }
}

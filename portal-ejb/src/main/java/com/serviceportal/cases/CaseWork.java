package com.serviceportal.cases;

import com.serviceportal.platform.Choice;
import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;

/** What the desk changes on a case: status, severity, team, assignee and contract. */
public class CaseWork implements Serializable {

    private static final long serialVersionUID = 1L;

    private long number;

    /** The version the technician's page was read at. */
    private long version;

    @NotNull
    private Long statusId;

    @NotNull
    private Severity severity;

    private Long teamId;
    private Long assigneeId;

    /** {@code null}: a non-contract case. */
    private Long contractId;

    public static CaseWork of(CaseDetails details) {
        CaseWork work = new CaseWork();
        work.number = details.getNumber();
        work.version = details.getVersion();
        work.statusId = details.getStatusId();
        work.severity = details.getSeverity();
        work.teamId = details.getTeamId();
        work.assigneeId = details.getAssigneeId();
        work.contractId = details.getContractId();
        return work;
    }

    /** The fields whose stored value differs from what this form holds, named as the lists name them. */
    public List<Difference> differencesFrom(CaseDetails current, DeskChoices choices) {
        List<Choice> statuses = choices.getStatuses().stream()
                .map(s -> new Choice(s.getId(), s.getName()))
                .toList();
        return Difference.collect()
                .choice("case.status", current.getStatusId(), statusId, statuses)
                .named("case.severity", current.getSeverity(), severity, "severity.")
                .choice("case.team", current.getTeamId(), teamId, choices.getTeams())
                .choice("case.assignee", current.getAssigneeId(), assigneeId, choices.getStaff())
                .choice("case.contract", current.getContractId(), contractId, choices.getContracts())
                .list();
    }

    /** Keeps what was typed, to be saved again over the case as it now stands. */
    public void rebaseOn(CaseDetails current) {
        version = current.getVersion();
    }

    public long getNumber() {
        return number;
    }

    public void setNumber(long number) {
        this.number = number;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getStatusId() {
        return statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }
}

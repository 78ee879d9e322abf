package com.serviceportal.cases;

import com.serviceportal.customers.Customer;
import com.serviceportal.sla.CaseTargets;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One case as a page shows it, with the notes and history the caller may read. Read from the
 * entity inside the service's transaction; {@code site}, {@code raisedBy} and the classification
 * may be {@code null}.
 */
public final class CaseDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long number;
    private final long version;
    private final String company;
    private final String site;
    private final String raisedBy;
    private final String endUser;
    private final String endUserContact;
    private final boolean repliesToEndUser;
    private final Long projectId;
    private final String project;
    private final Severity severity;
    private final long statusId;
    private final String status;
    private final boolean complete;
    private final CaseSource source;
    private final String summary;
    private final String description;
    private final String caseType;
    private final String subject;
    private final String subtype;
    private final String faultCode;
    private final String contract;
    private final Long contractId;
    private final String equipment;
    private final String productName;
    private final String productRange;
    private final Long teamId;
    private final String team;
    private final Long assigneeId;
    private final String assignee;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final String updatedBy;
    private final List<AnswerDetails> answers;
    private final List<NoteDetails> notes;
    private final List<ChangeDetails> history;
    private final List<StatusChoice> noteStatuses;
    private final CaseTargets targets;

    CaseDetails(
            Case c,
            List<AnswerDetails> answers,
            List<NoteDetails> notes,
            List<ChangeDetails> history,
            List<StatusChoice> noteStatuses,
            boolean forStaff,
            CaseTargets targets,
            Locale reader,
            String project) {
        Customer customer = c.getCustomer();
        Customer parent = customer.getParent();
        this.id = c.getId();
        this.number = c.getNumber();
        this.version = c.getVersion();
        this.company = parent == null ? customer.getName() : parent.getName();
        this.site = parent == null ? null : customer.getName();
        this.raisedBy = c.getRaisedBy() == null ? null : c.getRaisedBy().getFullName();
        this.endUser = c.getEndUser() == null ? null : c.getEndUser().getName();
        this.endUserContact =
                c.getEndUserContact() == null ? null : c.getEndUserContact().getFullName();
        this.repliesToEndUser = c.isRepliesToEndUser();
        this.projectId = project == null ? null : c.getProjectId();
        this.project = project;
        this.severity = c.getSeverity();
        // Customers see the latest status available to them, never an internal step of the desk.
        TrackingStatus shown = forStaff || c.getCustomerStatus() == null ? c.getStatus() : c.getCustomerStatus();
        this.statusId = shown.getId();
        this.status = shown.name(reader);
        this.complete = c.isComplete();
        this.source = c.getSource();
        this.summary = c.getSummary();
        this.description = c.getDescription();
        this.caseType = c.getType() == null ? null : c.getType().name(reader);
        this.subject = c.getSubject() == null ? null : c.getSubject().name(reader);
        this.subtype = c.getSubtype() == null ? null : c.getSubtype().name(reader);
        this.faultCode = c.getFaultCode() == null ? null : c.getFaultCode().friendlyName(reader);
        this.contract = c.getContract() == null ? null : c.getContract().getReference();
        this.contractId = c.getContract() == null ? null : c.getContract().getId();
        this.equipment = c.getEquipment() == null ? null : c.getEquipment().getLabel();
        this.productName = c.getProductName();
        this.productRange = c.getProductRange();
        this.teamId = c.getTeam() == null ? null : c.getTeam().getId();
        this.team = c.getTeam() == null ? null : c.getTeam().name(reader);
        this.assigneeId = c.getAssignee() == null ? null : c.getAssignee().getId();
        this.assignee = c.getAssignee() == null ? null : c.getAssignee().getDisplayName();
        this.createdAt = c.getCreatedAt();
        this.updatedAt = c.getUpdatedAt();
        this.updatedBy = c.getUpdatedBy();
        this.answers = List.copyOf(answers);
        this.notes = List.copyOf(notes);
        this.history = List.copyOf(history);
        this.noteStatuses = List.copyOf(noteStatuses);
        this.targets = targets;
    }

    public long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    /** The version the page was read at; saving with an older one is a conflict. */
    public long getVersion() {
        return version;
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

    /** The partner's customer the case is for; {@code null} for the customer's own case. */
    /** The project the case was raised for, when the reader may see it; {@code null} otherwise. */
    public Long getProjectId() {
        return projectId;
    }

    /** The project's number and name. */
    public String getProject() {
        return project;
    }

    public String getEndUser() {
        return endUser;
    }

    public String getEndUserContact() {
        return endUserContact;
    }

    public boolean isRepliesToEndUser() {
        return repliesToEndUser;
    }

    public Severity getSeverity() {
        return severity;
    }

    public long getStatusId() {
        return statusId;
    }

    public String getStatus() {
        return status;
    }

    /** Finished: closed, cancelled or resolved; the customer can no longer close or cancel it. */
    public boolean isComplete() {
        return complete;
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

    public String getCaseType() {
        return caseType;
    }

    public String getSubject() {
        return subject;
    }

    public String getSubtype() {
        return subtype;
    }

    /** The fault code's friendly name. */
    public String getFaultCode() {
        return faultCode;
    }

    /** The contract's id; {@code null} for a non-contract case. */
    public Long getContractId() {
        return contractId;
    }

    /** The contract's reference; {@code null} for a non-contract case. */
    public String getContract() {
        return contract;
    }

    public String getEquipment() {
        return equipment;
    }

    public String getProductName() {
        return productName;
    }

    public String getProductRange() {
        return productRange;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getTeam() {
        return team;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public String getAssignee() {
        return assignee;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public List<AnswerDetails> getAnswers() {
        return answers;
    }

    /** The notes the caller may read, oldest first. */
    public List<NoteDetails> getNotes() {
        return notes;
    }

    public int getNoteCount() {
        return notes.size();
    }

    /** Every change to the case, oldest first; empty for customers. */
    public List<ChangeDetails> getHistory() {
        return history;
    }

    /** The case's service level, targets, due times and whether each was met. */
    public CaseTargets getTargets() {
        return targets;
    }

    /** The statuses the caller may give a note: for customers only those available to them. */
    public List<StatusChoice> getNoteStatuses() {
        return noteStatuses;
    }
}

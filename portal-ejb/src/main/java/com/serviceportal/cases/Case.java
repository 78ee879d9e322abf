package com.serviceportal.cases;

import com.serviceportal.contracts.Contract;
import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import com.serviceportal.equipment.Equipment;
import com.serviceportal.jobs.contacts.ContactFieldRules;
import com.serviceportal.platform.SearchWords;
import com.serviceportal.security.UserAccount;
import com.serviceportal.settings.CaseSubject;
import com.serviceportal.settings.CaseSubtype;
import com.serviceportal.settings.CaseType;
import com.serviceportal.settings.FaultCode;
import com.serviceportal.settings.Team;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A service request raised by or for a customer (a company or one of its sites). */
@Entity
@Table(name = "service_case")
public class Case {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_case_seq")
    @SequenceGenerator(name = "service_case_seq", sequenceName = "service_case_seq", allocationSize = 50)
    private Long id;

    /** The number customers quote; drawn from its own database sequence, so never reused. */
    @Column(name = "case_number", nullable = false, unique = true, updatable = false)
    private long number;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    /** The contact who raised it; {@code null} when the desk raised it without one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "raised_by_contact_id")
    private Contact raisedBy;

    /** The partner's customer the case is for (the seed's end user); {@code null} for the customer's own case. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "end_user_id")
    private Customer endUser;

    /** The person at the end user the case is about; a contact whose partner is the case's customer. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "end_user_contact_id")
    private Contact endUserContact;

    /** Whether the desk's replies go to the end-user contact rather than to the contact who raised it. */
    @Column(name = "replies_to_end_user", nullable = false)
    private boolean repliesToEndUser;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

    /** The severity's rank, by which lists sort (V26): the name would sort alphabetically. */
    @Column(name = "severity_rank")
    private Integer severityRank;

    @NotBlank
    @Size(max = NewCase.SUMMARY_MAX)
    @Column(nullable = false)
    private String summary;

    @Size(max = NewCase.DESCRIPTION_MAX)
    private String description;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "status_id", nullable = false)
    private TrackingStatus status;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseSource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_type_id")
    private CaseType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private CaseSubject subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subtype_id")
    private CaseSubtype subtype;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "fault_code_id")
    private FaultCode faultCode;

    /** The contract the case is worked under; {@code null} for a non-contract case. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "equipment_id")
    private Equipment equipment;

    @Size(max = 120)
    @Column(name = "product_name")
    private String productName;

    @Size(max = 120)
    @Column(name = "product_range")
    private String productRange;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private UserAccount assignee;

    /** The latest status available to customers: what the portal shows while the desk works. */
    @ManyToOne
    @JoinColumn(name = "customer_status_id")
    private TrackingStatus customerStatus;

    /** The project the case was raised for (its issues list); {@code null} for most cases. */
    @Column(name = "project_id")
    private Long projectId;

    /** A copy of the status's flag, so that lists of active cases are one index range. */
    @Column(nullable = false)
    private boolean complete;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Size(max = ContactFieldRules.DISPLAY_NAME)
    @Column(name = "updated_by")
    private String updatedBy;

    /** The service level's due times (UTC); {@code null} when the case has no target. */
    @Column(name = "response_due_at")
    private Instant responseDueAt;

    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /** Since when the service-level clock stands still; {@code null} while it runs. */
    @Column(name = "clock_paused_at")
    private Instant clockPausedAt;

    /** Business time the clock stood still before the current pause, in seconds. */
    @Column(name = "clock_paused_seconds", nullable = false)
    private long clockPausedSeconds;

    /** The next open due time, as the desk's queue sorts by it, and when it becomes at risk. */
    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "at_risk_at")
    private Instant atRiskAt;

    /** The words of the summary with what the case lists narrow and order by (see {@link CaseWord}). */
    @ElementCollection
    @CollectionTable(name = "case_word", joinColumns = @JoinColumn(name = "case_id"))
    private Set<CaseWord> words = new HashSet<>();

    @Version
    private long version;

    protected Case() {}

    Case(long number, Customer customer, Contact raisedBy, TrackingStatus status, CaseSource source, Instant now) {
        this.number = number;
        this.customer = customer;
        this.raisedBy = raisedBy;
        this.status = status;
        this.customerStatus = status;
        this.complete = status.isComplete();
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(Severity severity, String summary, String description) {
        this.severity = severity;
        this.severityRank = severity.rank();
        this.summary = summary.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        indexWords();
    }

    void classify(
            CaseType type,
            CaseSubject subject,
            CaseSubtype subtype,
            FaultCode faultCode,
            Contract contract,
            Equipment equipment,
            String productName,
            String productRange) {
        this.type = type;
        this.subject = subject;
        this.subtype = subtype;
        this.faultCode = faultCode;
        this.contract = contract;
        this.equipment = equipment;
        this.productName = blankToNull(productName);
        this.productRange = blankToNull(productRange);
    }

    /**
     * Raised by a partner for one of its end users: the end user is the contact's organisation as it
     * is now, kept with the case should the contact later move.
     */
    void forEndUser(Contact contact, boolean repliesToEndUser) {
        this.endUser = contact.getCustomer();
        this.endUserContact = contact;
        this.repliesToEndUser = repliesToEndUser;
    }

    /** The desk puts the case under another contract, or none. */
    void coverBy(Contract contract) {
        this.contract = contract;
    }

    void moveTo(TrackingStatus status) {
        this.status = status;
        this.complete = status.isComplete();
        if (status.isAvailableToCustomers()) {
            this.customerStatus = status;
        }
        indexWords();
    }

    /** Keeps the summary's words in step with the summary, the customer and the completeness. */
    private void indexWords() {
        if (summary == null) {
            return;
        }
        Set<CaseWord> current = new HashSet<>();
        SearchWords.of(summary).forEach(word -> current.add(new CaseWord(word, customer.getId(), complete, createdAt)));
        if (!current.equals(words)) {
            words.clear();
            words.addAll(current);
        }
    }

    void giveTo(Team team, UserAccount assignee) {
        this.team = team;
        this.assignee = assignee;
    }

    void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Sets the service-level due times; the service-level clock keeps them (package {@code sla}). */
    public void scheduleDue(Instant responseDueAt, Instant resolutionDueAt, Instant dueAt, Instant atRiskAt) {
        this.responseDueAt = responseDueAt;
        this.resolutionDueAt = resolutionDueAt;
        this.dueAt = dueAt;
        this.atRiskAt = atRiskAt;
    }

    public void markResponded(Instant at) {
        this.respondedAt = at;
    }

    public void markResolved(Instant at) {
        this.resolvedAt = at;
    }

    public void pauseClock(Instant at) {
        this.clockPausedAt = at;
    }

    /** Ends the current pause, adding its business time to the time paused before. */
    public void resumeClock(long pausedSeconds) {
        this.clockPausedAt = null;
        this.clockPausedSeconds += pausedSeconds;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Contact getRaisedBy() {
        return raisedBy;
    }

    public Customer getEndUser() {
        return endUser;
    }

    public Contact getEndUserContact() {
        return endUserContact;
    }

    public boolean isRepliesToEndUser() {
        return repliesToEndUser;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public TrackingStatus getStatus() {
        return status;
    }

    public CaseSource getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public CaseType getType() {
        return type;
    }

    public CaseSubject getSubject() {
        return subject;
    }

    public CaseSubtype getSubtype() {
        return subtype;
    }

    public FaultCode getFaultCode() {
        return faultCode;
    }

    public Contract getContract() {
        return contract;
    }

    public Equipment getEquipment() {
        return equipment;
    }

    public String getProductName() {
        return productName;
    }

    public String getProductRange() {
        return productRange;
    }

    public Team getTeam() {
        return team;
    }

    public UserAccount getAssignee() {
        return assignee;
    }

    /** The status the customer sees; {@code null} only if no status was ever available to customers. */
    public Long getProjectId() {
        return projectId;
    }

    /** Files the case under a project's issues; the service checks the project belongs to its customer. */
    public void raisedFor(Long projectId) {
        this.projectId = projectId;
    }

    public TrackingStatus getCustomerStatus() {
        return customerStatus;
    }

    public boolean isComplete() {
        return complete;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getResponseDueAt() {
        return responseDueAt;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClockPausedAt() {
        return clockPausedAt;
    }

    public long getClockPausedSeconds() {
        return clockPausedSeconds;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getAtRiskAt() {
        return atRiskAt;
    }

    public long getVersion() {
        return version;
    }
}

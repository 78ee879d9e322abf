package com.serviceportal.cases;

import com.serviceportal.contracts.Contract;
import com.serviceportal.jobs.contacts.ContactFieldRules;
import com.serviceportal.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A note on a case and the status it set. Who may read it follows that status: customers see only
 * notes whose status is available to customers; the desk sees every note.
 */
@Entity
@Table(name = "tracking_note")
public class TrackingNote {

    static final int TEXT_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tracking_note_seq")
    @SequenceGenerator(name = "tracking_note_seq", sequenceName = "tracking_note_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private Case serviceCase;

    @ManyToOne(optional = false)
    @JoinColumn(name = "status_id", nullable = false)
    private TrackingStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private UserAccount author;

    /** The author's name as it was when writing, so the note reads the same later. */
    @Size(max = ContactFieldRules.DISPLAY_NAME)
    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "by_customer", nullable = false)
    private boolean byCustomer;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(name = "note_text", nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Time a staff member spent, recorded with the note. */
    @Column(name = "time_spent_minutes")
    private Integer timeSpentMinutes;

    /** The contract the time was drawn from, when the case had an active one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Version
    private long version;

    protected TrackingNote() {}

    TrackingNote(Case serviceCase, TrackingStatus status, UserAccount author, String text, Instant now) {
        this.serviceCase = serviceCase;
        this.status = status;
        this.author = author;
        this.authorName = author.getDisplayName();
        this.byCustomer = !author.getRole().isStaff();
        this.text = text.strip();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Case getServiceCase() {
        return serviceCase;
    }

    public TrackingStatus getStatus() {
        return status;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public boolean isByCustomer() {
        return byCustomer;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void recordTime(int minutes, Contract drawnFrom) {
        this.timeSpentMinutes = minutes;
        this.contract = drawnFrom;
    }

    public Integer getTimeSpentMinutes() {
        return timeSpentMinutes;
    }

    public Contract getContract() {
        return contract;
    }

    /** Whether the customer may read this note: its status is available to customers. */
    public boolean isVisibleToCustomer() {
        return status.isAvailableToCustomers();
    }
}

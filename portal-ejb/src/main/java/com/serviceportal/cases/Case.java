package com.serviceportal.cases;

import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import jakarta.persistence.Column;
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

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

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

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Case() {}

    Case(
            long number,
            Customer customer,
            Contact raisedBy,
            NewCase request,
            TrackingStatus status,
            CaseSource source,
            Instant now) {
        this.number = number;
        this.customer = customer;
        this.raisedBy = raisedBy;
        this.severity = request.getSeverity();
        this.summary = request.getSummary().strip();
        this.description = request.getDescription() == null
                ? null
                : request.getDescription().strip();
        this.status = status;
        this.source = source;
        this.createdAt = now;
        this.updatedAt = now;
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
}

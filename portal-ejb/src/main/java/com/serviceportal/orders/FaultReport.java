package com.serviceportal.orders;

import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
import com.serviceportal.equipment.Equipment;
import com.serviceportal.jobs.contacts.ContactFieldRules;
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

/** A customer's request for service on a site ("request service"), before or after it became an order. */
@Entity
@Table(name = "fault_report")
public class FaultReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fault_report_seq")
    @SequenceGenerator(name = "fault_report_seq", sequenceName = "fault_report_seq", allocationSize = 50)
    private Long id;

    /** The site the fault is on. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer site;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "equipment_id")
    private Equipment equipment;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id", nullable = false)
    private Contact contact;

    @NotBlank
    @Size(max = 2000)
    @Column(nullable = false)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FaultReportStatus status = FaultReportStatus.WAITING;

    @Size(max = 1000)
    @Column(name = "reject_reason")
    private String rejectReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "work_order_id")
    private WorkOrder workOrder;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The display name of the staff member who accepted or rejected the report. */
    @Size(max = ContactFieldRules.DISPLAY_NAME)
    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected FaultReport() {}

    public FaultReport(Customer site, Equipment equipment, Contact contact, String description, Instant createdAt) {
        this.site = site;
        this.equipment = equipment;
        this.contact = contact;
        this.description = description;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Customer getSite() {
        return site;
    }

    public Equipment getEquipment() {
        return equipment;
    }

    public Contact getContact() {
        return contact;
    }

    public String getDescription() {
        return description;
    }

    public FaultReportStatus getStatus() {
        return status;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public WorkOrder getWorkOrder() {
        return workOrder;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public long getVersion() {
        return version;
    }

    /** Made an order at once, for a contact who orders directly. */
    void ordered(WorkOrder order) {
        this.workOrder = order;
        this.status = FaultReportStatus.ORDERED;
        this.decidedAt = createdAt;
    }

    void accept(WorkOrder order, String by, Instant at) {
        this.workOrder = order;
        this.status = FaultReportStatus.ACCEPTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void reject(String reason, String by, Instant at) {
        this.rejectReason = reason;
        this.status = FaultReportStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }
}

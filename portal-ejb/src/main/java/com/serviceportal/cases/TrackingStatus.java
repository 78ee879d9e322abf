package com.serviceportal.cases;

import com.serviceportal.platform.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A configurable step a case moves through, e.g. New, In progress, Resolved. */
@Entity
@Table(name = "tracking_status")
public class TrackingStatus {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tracking_status_seq")
    @SequenceGenerator(name = "tracking_status_seq", sequenceName = "tracking_status_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 60)
    @Column(nullable = false, unique = true)
    private String name;

    /** The name in Swedish; empty means Swedish readers see the English one. */
    @Size(max = 60)
    @Column(name = "name_sv")
    private String nameSv;

    /** Customers see, and may set, only statuses with this flag. */
    @Column(name = "available_to_customers", nullable = false)
    private boolean availableToCustomers;

    /** A case in this status is finished: hidden from active lists. */
    @Column(nullable = false)
    private boolean complete;

    /** The status a new case starts in; exactly one status has it. */
    @Column(name = "default_for_new", nullable = false)
    private boolean defaultForNew;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Set on the status that the customer's "Close case" or "Cancel case" action moves a case to. */
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_action", length = 10)
    private CustomerAction customerAction;

    /** Stops the service-level clock while a case has this status (e.g. waiting for the customer). */
    @Column(name = "pauses_clock", nullable = false)
    private boolean pausesClock;

    /** The status of a case raised while its customer has only a pending contract. */
    @Column(name = "pending_contract", nullable = false)
    private boolean pendingContract;

    @Version
    private long version;

    protected TrackingStatus() {}

    public TrackingStatus(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameSv() {
        return nameSv;
    }

    /** The name a reader of the given language sees. */
    public String name(Locale reader) {
        return LocalizedName.in(reader, name, nameSv);
    }

    /** Sets the Swedish name; blank falls back to the English one. */
    public void setNameSv(String nameSv) {
        this.nameSv = LocalizedName.swedishOrNull(nameSv);
    }

    public boolean isAvailableToCustomers() {
        return availableToCustomers;
    }

    public boolean isComplete() {
        return complete;
    }

    /**
     * Whether a customer may choose this status with a note: one available to customers that does
     * not end the case. A case ends for a customer only through "Close case" or "Cancel case", which
     * ask first.
     */
    public boolean isCustomersChoice() {
        return availableToCustomers && !complete && customerAction == null;
    }

    public boolean isDefaultForNew() {
        return defaultForNew;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public CustomerAction getCustomerAction() {
        return customerAction;
    }

    public void rename(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public void setFlags(boolean availableToCustomers, boolean complete) {
        this.availableToCustomers = availableToCustomers;
        this.complete = complete;
    }

    public void setDefaultForNew(boolean defaultForNew) {
        this.defaultForNew = defaultForNew;
    }

    public void setCustomerAction(CustomerAction customerAction) {
        this.customerAction = customerAction;
    }

    public boolean isPausesClock() {
        return pausesClock;
    }

    /** Cases already in the status keep their clock as it is until their next change of status. */
    public void setPausesClock(boolean pausesClock) {
        this.pausesClock = pausesClock;
    }

    public boolean isPendingContract() {
        return pendingContract;
    }

    public long getVersion() {
        return version;
    }
}

package com.serviceportal.contracts;

import com.serviceportal.customers.Customer;
import com.serviceportal.equipment.Equipment;
import com.serviceportal.sla.ServiceLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A service contract covering a customer (and its sites), one item of equipment, or a chosen list of
 * items (decision 0053).
 */
@Entity
@Table(name = "contract")
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
    @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false, unique = true)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    /** The item covered; {@code null} for a contract on the whole customer. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "equipment_id")
    private Equipment equipment;

    /** Whether the contract covers the items of {@link #items} rather than the whole customer. */
    @Column(name = "covers_items", nullable = false)
    private boolean coversItems;

    /** The items a contract that {@link #coversItems} covers; empty otherwise. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "contract_item",
            joinColumns = @JoinColumn(name = "contract_id"),
            inverseJoinColumns = @JoinColumn(name = "equipment_id"))
    private Set<Equipment> items = new HashSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 30)
    private ContractType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractState state;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_level_id")
    private ServiceLevel serviceLevel;

    /** A pending contract that waits for its invoice to be paid is not activated on its start date. */
    @Column(name = "awaiting_invoice", nullable = false)
    private boolean awaitingInvoice;

    /** The bank of a support-hours contract, or the hours of a time-limited subscription. */
    @Column(name = "included_minutes")
    private Integer includedMinutes;

    /** The hours a "by month" contract restores on each rollover day. */
    @Column(name = "monthly_minutes")
    private Integer monthlyMinutes;

    /** Day of the month the hours are restored; the month's last day when the month is shorter. */
    @Column(name = "rollover_day")
    private Integer rolloverDay;

    /** The day the current "by month" period began: a reset is due when a later rollover day has come. */
    @Column(name = "period_start")
    private LocalDate periodStart;

    /** Time drawn from the contract (this period for "by month"), in minutes so that sums are exact. */
    @Column(name = "used_minutes", nullable = false)
    private int usedMinutes;

    @Size(max = 400)
    private String description;

    @Version
    private long version;

    protected Contract() {}

    Contract(String reference, Customer customer, Equipment equipment, ContractType type) {
        this.reference = reference;
        this.customer = customer;
        this.equipment = equipment;
        this.type = type;
    }

    /**
     * Sets what was sold; the fields the type does not use are cleared. The state follows from the
     * dates and the invoice, unless the contract is already cancelled or expired.
     */
    void define(
            ServiceLevel level,
            LocalDate start,
            LocalDate end,
            boolean awaitingInvoice,
            Integer includedMinutes,
            Integer monthlyMinutes,
            Integer rolloverDay,
            String description,
            LocalDate today) {
        this.serviceLevel = level;
        if (!start.equals(this.startDate) || periodStart == null) {
            this.periodStart = type.isMonthlyHours() ? start : null;
        }
        this.startDate = start;
        this.endDate = end;
        this.awaitingInvoice = awaitingInvoice;
        this.includedMinutes = type.isIncludedHours() ? includedMinutes : null;
        this.monthlyMinutes = type.isMonthlyHours() ? monthlyMinutes : null;
        this.rolloverDay = type.isMonthlyHours() ? rolloverDay : null;
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.state = ContractLifecycle.stateOn(today, start, end, awaitingInvoice);
    }

    /** Starts a pending contract today: the start date becomes today and no invoice is awaited. */
    void enableEarly(LocalDate today) {
        this.startDate = today;
        this.awaitingInvoice = false;
        if (type.isMonthlyHours()) {
            this.periodStart = today;
        }
        this.state = ContractLifecycle.stateOn(today, startDate, endDate, false);
    }

    void cancel() {
        this.state = ContractState.CANCELLED;
    }

    /** The hours of the current period: the bank, the time-limited hours, or this month's hours. */
    public Hours hours() {
        return new Hours(type.isMonthlyHours() ? monthlyMinutes : includedMinutes, usedMinutes);
    }

    /** A contract on the whole customer (and its sites), not on one item nor on a list of items. */
    public boolean isCustomerLevel() {
        return equipment == null && !coversItems;
    }

    /** Covers exactly these items; none makes a contract without a single item one on the customer. */
    void coverItems(Collection<Equipment> chosen) {
        items.retainAll(chosen);
        items.addAll(chosen);
        coversItems = !items.isEmpty();
    }

    public boolean isCoversItems() {
        return coversItems;
    }

    /** The items covered, in the order their labels sort. */
    public List<Equipment> getItems() {
        return items.stream()
                .sorted(Comparator.comparing(Equipment::getLabel, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Equipment getEquipment() {
        return equipment;
    }

    public ContractType getType() {
        return type;
    }

    public ContractState getState() {
        return state;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public ServiceLevel getServiceLevel() {
        return serviceLevel;
    }

    public boolean isAwaitingInvoice() {
        return awaitingInvoice;
    }

    public Integer getIncludedMinutes() {
        return includedMinutes;
    }

    public Integer getMonthlyMinutes() {
        return monthlyMinutes;
    }

    public Integer getRolloverDay() {
        return rolloverDay;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public int getUsedMinutes() {
        return usedMinutes;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }
}

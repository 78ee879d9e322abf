package com.serviceportal.orders;

import com.serviceportal.cases.Case;
import com.serviceportal.customers.Customer;
import com.serviceportal.equipment.Equipment;
import com.serviceportal.security.UserAccount;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A service or install order on a site: what is to be done, when, by whom, and what it cost. */
@Entity
@Table(name = "work_order")
public class WorkOrder {

    /** The longest performed action, as its column holds. */
    public static final int PERFORMED_ACTION_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_order_seq")
    @SequenceGenerator(name = "work_order_seq", sequenceName = "work_order_seq", allocationSize = 50)
    private Long id;

    /** Drawn from {@code work_order_number_seq} by the service, one at a time. */
    @Column(name = "order_number", nullable = false, unique = true, updatable = false)
    private long number;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false)
    private OrderType type;

    /** The site the work is done on. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer site;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "equipment_id")
    private Equipment equipment;

    /** The case the order was created from, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private Case serviceCase;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status = OrderStatus.PLANNED;

    @NotBlank
    @Size(max = 2000)
    @Column(nullable = false)
    private String description;

    @Column(name = "planned_date")
    private LocalDate plannedDate;

    /** When the technician visits. */
    @Column(name = "visit_at")
    private Instant visitAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "technician_id")
    private UserAccount technician;

    @Size(max = PERFORMED_ACTION_MAX)
    @Column(name = "performed_action")
    private String performedAction;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @OneToMany(mappedBy = "workOrder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<OrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected WorkOrder() {}

    public WorkOrder(long number, OrderType type, Customer site, String description, Instant createdAt) {
        this.number = number;
        this.type = type;
        this.site = site;
        this.description = description;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getNumber() {
        return number;
    }

    public OrderType getType() {
        return type;
    }

    public Customer getSite() {
        return site;
    }

    public Equipment getEquipment() {
        return equipment;
    }

    public void setEquipment(Equipment equipment) {
        this.equipment = equipment;
    }

    public Case getServiceCase() {
        return serviceCase;
    }

    public void setServiceCase(Case serviceCase) {
        this.serviceCase = serviceCase;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public Instant getVisitAt() {
        return visitAt;
    }

    public void setVisitAt(Instant visitAt) {
        this.visitAt = visitAt;
    }

    public UserAccount getTechnician() {
        return technician;
    }

    public void setTechnician(UserAccount technician) {
        this.technician = technician;
    }

    public String getPerformedAction() {
        return performedAction;
    }

    public void setPerformedAction(String performedAction) {
        this.performedAction = performedAction;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(Instant completedAt) {
        this.completedAt = completedAt;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    /** The sum of the lines' values, each already rounded to the cent as the lines show it. */
    public BigDecimal getValue() {
        return lines.stream().map(OrderLine::getValue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public long getVersion() {
        return version;
    }
}

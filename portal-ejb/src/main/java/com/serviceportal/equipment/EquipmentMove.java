package com.serviceportal.equipment;

import com.serviceportal.customers.Customer;
import com.serviceportal.jobs.contacts.ContactFieldRules;
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
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An item moved from one site of a company to another: the history the item's page shows. */
@Entity
@Table(name = "equipment_move")
public class EquipmentMove {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "equipment_move_seq")
    @SequenceGenerator(name = "equipment_move_seq", sequenceName = "equipment_move_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "equipment_id", nullable = false)
    private Equipment equipment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_customer_id", nullable = false)
    private Customer from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_customer_id", nullable = false)
    private Customer to;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    @Size(max = ContactFieldRules.DISPLAY_NAME)
    @Column(name = "moved_by", nullable = false)
    private String movedBy;

    @Size(max = 1000)
    private String note;

    @Version
    private long version;

    protected EquipmentMove() {}

    EquipmentMove(Equipment equipment, Customer from, Customer to, Instant movedAt, String movedBy, String note) {
        this.equipment = equipment;
        this.from = from;
        this.to = to;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
        this.note = note;
    }

    public Customer getFrom() {
        return from;
    }

    public Customer getTo() {
        return to;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public String getNote() {
        return note;
    }
}

package com.serviceportal.equipment;

import com.serviceportal.customers.Contact;
import com.serviceportal.customers.Customer;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An item of equipment on a customer's site: a machine, an installation, a licence. An item on a
 * company (rather than on one of its sites) is shared by all of its sites.
 */
@Entity
@Table(name = "equipment")
public class Equipment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "equipment_seq")
    @SequenceGenerator(name = "equipment_seq", sequenceName = "equipment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Size(max = 40)
    @Column(name = "id_number")
    private String idNumber;

    @Size(max = 60)
    @Column(name = "serial_number")
    private String serialNumber;

    @Size(max = 200)
    private String description;

    @Size(max = 60)
    private String make;

    @Size(max = 60)
    private String model;

    /** The item's kind; {@code null} when none was chosen. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private ItemCategory category;

    /** The values of the category's custom fields, kept when the category changes. */
    @Size(max = 100)
    @Column(name = "field_one")
    private String fieldOne;

    @Size(max = 100)
    @Column(name = "field_two")
    private String fieldTwo;

    /** The contact who added the item in the portal; {@code null} when the desk did. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "added_by_contact_id")
    private Contact addedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Equipment() {}

    public Equipment(Customer customer, String idNumber, String serialNumber, String description) {
        this.customer = customer;
        this.idNumber = idNumber;
        this.serialNumber = serialNumber;
        this.description = description;
    }

    /** Fills in what a person typed; blank fields are stored as empty (none is mandatory). */
    void describe(String idNumber, String serialNumber, String description, String make, String model) {
        this.idNumber = idNumber;
        this.serialNumber = serialNumber;
        this.description = description;
        this.make = make;
        this.model = model;
    }

    /** Sets the category and the values of its custom fields. */
    void classify(ItemCategory category, String fieldOne, String fieldTwo) {
        this.category = category;
        this.fieldOne = fieldOne;
        this.fieldTwo = fieldTwo;
    }

    public ItemCategory getCategory() {
        return category;
    }

    public String getFieldOne() {
        return fieldOne;
    }

    public String getFieldTwo() {
        return fieldTwo;
    }

    void addedBy(Contact contact, Instant at) {
        this.addedBy = contact;
        this.createdAt = at;
    }

    void moveTo(Customer site) {
        this.customer = site;
    }

    public Contact getAddedBy() {
        return addedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getDescription() {
        return description;
    }

    public String getMake() {
        return make;
    }

    public String getModel() {
        return model;
    }

    /** How a person recognises the item in a list: ID number, description, serial number. */
    public String getLabel() {
        return Stream.of(idNumber, description, serialNumber == null ? null : "S/N " + serialNumber)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" · "));
    }
}

package com.serviceportal.equipment;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An item of equipment on a customer's site: a machine, an installation, a licence. */
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

    @Version
    private long version;

    protected Equipment() {}

    public Equipment(Customer customer, String idNumber, String serialNumber, String description) {
        this.customer = customer;
        this.idNumber = idNumber;
        this.serialNumber = serialNumber;
        this.description = description;
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

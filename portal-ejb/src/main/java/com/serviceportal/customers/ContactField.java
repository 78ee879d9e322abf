package com.serviceportal.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A custom field of contacts, defined by an administrator; the contact form shows the active ones. */
@Entity
@Table(name = "contact_field")
public class ContactField {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_field_seq")
    @SequenceGenerator(name = "contact_field_seq", sequenceName = "contact_field_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, unique = true)
    private String label;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected ContactField() {}

    ContactField(String label, int sortOrder) {
        this.label = label;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    void define(String label, boolean active, int sortOrder) {
        this.label = label;
        this.active = active;
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }
}

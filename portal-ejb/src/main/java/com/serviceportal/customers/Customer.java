package com.serviceportal.customers;

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

/**
 * A company account (the ERP's sales-ledger account) or, when it has a parent, one of that
 * company's sites: a job site or an installation.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 32)
    @Column(name = "account_number", nullable = false, unique = true)
    private String accountNumber;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false)
    private String name;

    /** The company this site belongs to; {@code null} for a company. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Customer parent;

    @Version
    private long version;

    protected Customer() {}

    public Customer(String accountNumber, String name, Customer parent) {
        this.accountNumber = accountNumber;
        this.name = name;
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public String getName() {
        return name;
    }

    public Customer getParent() {
        return parent;
    }

    public boolean isSite() {
        return parent != null;
    }
}

package com.serviceportal.customers;

import com.serviceportal.jobs.contacts.ContactFieldRules;
import com.serviceportal.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A company account (the ERP's sales-ledger account) or, when it has a parent, one of that
 * company's sites: a job site or an installation.
 */
@Entity
@Table(name = "customer")
public class Customer {

    /** The longest account number (the ERP's sales-ledger account), as its column holds. */
    public static final int ACCOUNT_NUMBER_MAX = 32;

    public static final int CATEGORY_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = ACCOUNT_NUMBER_MAX)
    @Column(name = "account_number", nullable = false, unique = true)
    private String accountNumber;

    @NotBlank
    @Size(max = ContactFieldRules.CUSTOMER_NAME)
    @Column(nullable = false)
    private String name;

    /** The company this site belongs to; {@code null} for a company. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Customer parent;

    @Valid
    @Embedded
    private Address address;

    /** The staff member who looks after the account ("our reference"); fault reports go to them. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_manager_id")
    private UserAccount accountManager;

    /** A free grouping the desk gives, e.g. "Warehouse"; the contact's site picker filters by it. */
    @Size(max = CATEGORY_MAX)
    private String category;

    /** An inactive customer or site is kept with its history; pickers can leave it out. */
    @Column(nullable = false)
    private boolean active = true;

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

    /** The address; an empty one when none is known. */
    public Address getAddress() {
        return address == null ? new Address() : address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public void rename(String accountNumber, String name) {
        this.accountNumber = accountNumber;
        this.name = name;
    }

    /** Makes a site one of another company's sites. */
    public void moveTo(Customer company) {
        this.parent = company;
    }

    public String getCategory() {
        return category;
    }

    public boolean isActive() {
        return active;
    }

    /** Files the customer under a category ({@code null} for none) and makes it active or not. */
    public void classify(String category, boolean active) {
        this.category = category;
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public UserAccount getAccountManager() {
        return accountManager;
    }

    public void setAccountManager(UserAccount accountManager) {
        this.accountManager = accountManager;
    }
}

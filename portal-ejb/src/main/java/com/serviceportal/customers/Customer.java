package com.serviceportal.customers;

import com.serviceportal.security.UserAccount;
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

    @Size(max = 128)
    @Column(name = "address_line1")
    private String addressLine1;

    @Size(max = 128)
    @Column(name = "address_line2")
    private String addressLine2;

    @Size(max = 64)
    private String city;

    @Size(max = 20)
    private String postcode;

    /** ISO 3166 alpha-2, see {@link Countries}. */
    @Size(max = 2)
    @Column(name = "country_code")
    private String countryCode;

    /** The staff member who looks after the account ("our reference"); fault reports go to them. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_manager_id")
    private UserAccount accountManager;

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

    public String getAddressLine1() {
        return addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public String getCity() {
        return city;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setAddress(String addressLine1, String addressLine2, String city, String postcode, String countryCode) {
        this.addressLine1 = addressLine1;
        this.addressLine2 = addressLine2;
        this.city = city;
        this.postcode = postcode;
        this.countryCode = countryCode;
    }

    public UserAccount getAccountManager() {
        return accountManager;
    }

    public void setAccountManager(UserAccount accountManager) {
        this.accountManager = accountManager;
    }
}

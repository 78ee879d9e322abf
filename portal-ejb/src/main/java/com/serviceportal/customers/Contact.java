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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person of a customer or of one of its sites. A contact on a company sees the company and every
 * site below it; a contact on a site sees that site only.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotBlank
    @Size(max = 64)
    @Column(name = "first_name", nullable = false)
    private String firstName;

    @NotBlank
    @Size(max = 64)
    @Column(name = "last_name", nullable = false)
    private String lastName;

    @NotBlank
    @Email
    @Size(max = 254)
    @Column(nullable = false)
    private String email;

    /** The language mail to this contact is written in: "en" or "sv". */
    @NotBlank
    @Size(max = 8)
    @Column(nullable = false)
    private String language = "en";

    /** Fault reports of this contact become planned service orders at once, without the desk. */
    @Column(name = "order_directly", nullable = false)
    private boolean orderDirectly;

    @Column(name = "hide_performed_action", nullable = false)
    private boolean hidePerformedAction;

    @Column(name = "project_purchase_prices", nullable = false)
    private boolean projectPurchasePrices;

    @Column(name = "order_line_purchase_prices", nullable = false)
    private boolean orderLinePurchasePrices;

    @Version
    private long version;

    protected Contact() {}

    public Contact(Customer customer, String firstName, String lastName, String email) {
        this.customer = customer;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isOrderDirectly() {
        return orderDirectly;
    }

    public boolean isHidePerformedAction() {
        return hidePerformedAction;
    }

    public boolean isProjectPurchasePrices() {
        return projectPurchasePrices;
    }

    public boolean isOrderLinePurchasePrices() {
        return orderLinePurchasePrices;
    }

    /** Takes the names and e-mail address from the directory, which owns them for a directory login. */
    public void takeFromDirectory(String firstName, String lastName, String email) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
    }
}

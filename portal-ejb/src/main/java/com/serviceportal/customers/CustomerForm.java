package com.serviceportal.customers;

import com.serviceportal.jobs.contacts.ContactFieldRules;
import com.serviceportal.platform.Difference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The desk's form for a company (account number, name, address, account manager) or one of its sites
 * (its company, name, account number, address). Whether it is a site is fixed when it is created.
 */
public class CustomerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private boolean site;
    private Long companyId;

    @Size(max = Customer.ACCOUNT_NUMBER_MAX)
    private String accountNumber;

    @Size(max = ContactFieldRules.CUSTOMER_NAME)
    private String name;

    @Valid
    private Address address = new Address();

    private Long accountManagerId;

    @Size(max = Customer.CATEGORY_MAX)
    private String category;

    private boolean active = true;

    static CustomerForm company() {
        return new CustomerForm();
    }

    static CustomerForm siteOf(long companyId) {
        CustomerForm form = new CustomerForm();
        form.site = true;
        form.companyId = companyId;
        return form;
    }

    static CustomerForm of(Customer customer) {
        CustomerForm form = new CustomerForm();
        form.id = customer.getId();
        form.version = customer.getVersion();
        form.site = customer.isSite();
        form.companyId = customer.isSite() ? customer.getParent().getId() : null;
        form.accountNumber = customer.getAccountNumber();
        form.name = customer.getName();
        form.address = customer.getAddress().tidied();
        form.category = customer.getCategory();
        form.active = customer.isActive();
        form.accountManagerId = customer.getAccountManager() == null
                ? null
                : customer.getAccountManager().getId();
        return form;
    }

    /** The fields whose stored value differs from what this form holds; choices name the picks. */
    public List<Difference> differencesFrom(CustomerForm current, CustomerChoices choices) {
        return Difference.collect()
                .choice("customer.company", current.companyId, companyId, choices.companies())
                .value("customer.accountNumber", current.accountNumber, accountNumber)
                .value("customer.name", current.name, name)
                .value("customer.category", current.category, category)
                .flag("customer.active", current.active, active)
                .value("contact.address", current.address.getLine1(), address.getLine1())
                .value("contact.address2", current.address.getLine2(), address.getLine2())
                .value("contact.postcodeCity", current.address.getPostcode(), address.getPostcode())
                .value("contact.city", current.address.getCity(), address.getCity())
                .value("contact.state", current.address.getStateRegion(), address.getStateRegion())
                .value("contact.country", current.address.getCountryCode(), address.getCountryCode())
                .choice(
                        "customer.accountManager",
                        current.accountManagerId,
                        accountManagerId,
                        choices.accountManagers())
                .list();
    }

    /** Keeps what was typed, to be saved again over the customer as it now stands. */
    public void rebaseOn(CustomerForm current) {
        version = current.version;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isSite() {
        return site;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getAccountManagerId() {
        return accountManagerId;
    }

    public void setAccountManagerId(Long accountManagerId) {
        this.accountManagerId = accountManagerId;
    }
}

package com.serviceportal.customers;

import java.io.Serializable;
import java.time.Instant;

/** A contact as the desk's list and the exports show it. */
public record ContactRow(
        long id,
        String name,
        String email,
        String username,
        boolean webAccess,
        String customer,
        String company,
        String phone,
        String mobile,
        String city,
        String countryCode,
        Instant createdAt,
        Instant lastLoginAt)
        implements Serializable {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getUsername() {
        return username;
    }

    public boolean isWebAccess() {
        return webAccess;
    }

    public String getCustomer() {
        return customer;
    }

    public String getCompany() {
        return company;
    }

    public String getPhone() {
        return phone;
    }

    public String getCity() {
        return city;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}

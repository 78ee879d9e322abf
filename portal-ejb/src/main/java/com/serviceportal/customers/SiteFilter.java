package com.serviceportal.customers;

import java.io.Serializable;

/**
 * What narrows the sites a contact's form lists to choose from: parts of the name, city, reference
 * (account) number and category, and whether only active sites are listed. Blank parts narrow nothing.
 */
public class SiteFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String city;
    private String reference;
    private String category;
    private boolean activeOnly;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public boolean isActiveOnly() {
        return activeOnly;
    }

    public void setActiveOnly(boolean activeOnly) {
        this.activeOnly = activeOnly;
    }
}

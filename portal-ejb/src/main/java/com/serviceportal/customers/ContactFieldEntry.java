package com.serviceportal.customers;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A custom field as the administrator's list edits it. */
public class ContactFieldEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    // The form shows it beside the label; ContactService.saveFields checks it again.
    @Size(max = 80)
    private String label;

    private boolean active = true;
    private int sortOrder;

    public ContactFieldEntry() {}

    ContactFieldEntry(ContactField field) {
        this.id = field.getId();
        this.label = field.getLabel();
        this.active = field.isActive();
        this.sortOrder = field.getSortOrder();
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}

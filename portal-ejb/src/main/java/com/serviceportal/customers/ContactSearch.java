package com.serviceportal.customers;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The desk's contact search: words found in any field (names, e-mail and aliases, username, phone,
 * city, customer, ...), a creation date range, one custom field's value, and whether to look among
 * deleted contacts instead. An empty field does not filter.
 */
public class ContactSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private LocalDate createdFrom;
    private LocalDate createdTo;
    private Long fieldId;
    private String fieldValue;
    private boolean deleted;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }

    public Long getFieldId() {
        return fieldId;
    }

    public void setFieldId(Long fieldId) {
        this.fieldId = fieldId;
    }

    public String getFieldValue() {
        return fieldValue;
    }

    public void setFieldValue(String fieldValue) {
        this.fieldValue = fieldValue;
    }

    /** Whether the search looks among deleted contacts (and only there). */
    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }
}

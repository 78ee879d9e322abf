package com.serviceportal.equipment;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What an equipment list shows: one customer (a site: its items and the company's shared ones; a
 * company: its own and its sites' items) or everything the caller sees, narrowed by a category and
 * by a search text that matches ID number, serial number, description, make, model or the value of
 * a custom field.
 */
public class EquipmentFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long customerId;

    private Long categoryId;

    @Size(max = 100)
    private String text;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

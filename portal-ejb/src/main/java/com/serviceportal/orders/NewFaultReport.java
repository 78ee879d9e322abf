package com.serviceportal.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a customer fills in to request service: the site, optionally the item, and what is wrong. */
public class NewFaultReport implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long siteId;

    private Long equipmentId;

    @NotBlank
    @Size(max = 2000)
    private String description;

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Long getEquipmentId() {
        return equipmentId;
    }

    public void setEquipmentId(Long equipmentId) {
        this.equipmentId = equipmentId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}

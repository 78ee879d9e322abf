package com.serviceportal.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A new order as the desk fills it in, possibly prefilled from a case. */
public class OrderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long siteId;

    @NotNull
    private OrderType type = OrderType.SERVICE;

    private Long equipmentId;

    /** The case the order is made for; the order is linked to it. */
    private Long caseNumber;

    @NotBlank
    @Size(max = 2000)
    private String description;

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public OrderType getType() {
        return type;
    }

    public void setType(OrderType type) {
        this.type = type;
    }

    public Long getEquipmentId() {
        return equipmentId;
    }

    public void setEquipmentId(Long equipmentId) {
        this.equipmentId = equipmentId;
    }

    public Long getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(Long caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}

package com.serviceportal.projects;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A request for change the desk puts to the customer: what changes, its cost and the days it adds. */
public class NewChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 2000)
    private String description;

    @Digits(integer = 12, fraction = 2)
    private BigDecimal costImpact;

    private Integer timeImpactDays;

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getCostImpact() {
        return costImpact;
    }

    public void setCostImpact(BigDecimal costImpact) {
        this.costImpact = costImpact;
    }

    public Integer getTimeImpactDays() {
        return timeImpactDays;
    }

    public void setTimeImpactDays(Integer timeImpactDays) {
        this.timeImpactDays = timeImpactDays;
    }
}

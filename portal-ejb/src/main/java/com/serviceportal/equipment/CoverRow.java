package com.serviceportal.equipment;

import com.serviceportal.contracts.ContractState;
import com.serviceportal.contracts.ContractType;
import java.io.Serializable;
import java.time.LocalDate;

/** A contract that covers an item, directly or through its customer or company. */
public final class CoverRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String reference;
    private final ContractType type;
    private final ContractState state;
    private final String serviceLevel;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final boolean onItem;

    public CoverRow(
            String reference,
            ContractType type,
            ContractState state,
            String serviceLevel,
            LocalDate startDate,
            LocalDate endDate,
            boolean onItem) {
        this.reference = reference;
        this.type = type;
        this.state = state;
        this.serviceLevel = serviceLevel;
        this.startDate = startDate;
        this.endDate = endDate;
        this.onItem = onItem;
    }

    public String getReference() {
        return reference;
    }

    public ContractType getType() {
        return type;
    }

    public ContractState getState() {
        return state;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public boolean isOnItem() {
        return onItem;
    }
}

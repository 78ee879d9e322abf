package com.serviceportal.contracts;

import java.io.Serializable;

/** The desk's contract list filters; an empty field does not filter. */
public class ContractFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long customerId;
    private ContractState state;
    private ContractType type;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public ContractState getState() {
        return state;
    }

    public void setState(ContractState state) {
        this.state = state;
    }

    public ContractType getType() {
        return type;
    }

    public void setType(ContractType type) {
        this.type = type;
    }
}

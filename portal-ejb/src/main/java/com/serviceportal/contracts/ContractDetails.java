package com.serviceportal.contracts;

import java.io.Serializable;

/**
 * The desk's contract page: the contract, its audit, and whether it may be deleted (nothing uses it:
 * no case was raised under it and no time was drawn from it).
 */
public record ContractDetails(ContractRow contract, ContractAudit audit, boolean deletable) implements Serializable {

    public ContractRow getContract() {
        return contract;
    }

    public ContractAudit getAudit() {
        return audit;
    }

    public boolean isDeletable() {
        return deletable;
    }
}

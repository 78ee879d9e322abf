package com.serviceportal.contracts;

import java.io.Serializable;

/** The desk's contract page: the contract and its audit. */
public record ContractDetails(ContractRow contract, ContractAudit audit) implements Serializable {

    public ContractRow getContract() {
        return contract;
    }

    public ContractAudit getAudit() {
        return audit;
    }
}

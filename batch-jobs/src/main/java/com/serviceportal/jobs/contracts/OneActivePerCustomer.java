package com.serviceportal.jobs.contracts;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Lets through the due contracts that may become active; the others are skipped. */
@Named
@Dependent
public class OneActivePerCustomer implements ItemProcessor {

    @Override
    public Object processItem(Object item) throws CustomerAlreadyCovered {
        DueContract contract = (DueContract) item;
        if (contract.customerCovered()) {
            throw new CustomerAlreadyCovered(contract.id());
        }
        return contract;
    }
}

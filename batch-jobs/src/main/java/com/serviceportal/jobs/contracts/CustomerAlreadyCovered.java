package com.serviceportal.jobs.contracts;

/**
 * A due customer-level contract whose customer already has an active one (one per customer). The job
 * skips it, so it stays pending and shows in the run's skipped count until the desk decides.
 */
public class CustomerAlreadyCovered extends Exception {

    private static final long serialVersionUID = 1L;

    public CustomerAlreadyCovered(long contractId) {
        super("Contract " + contractId + " stays pending: its customer already has an active contract");
    }
}

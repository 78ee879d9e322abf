package com.serviceportal.jobs.contracts;

/**
 * A pending contract whose start date has come.
 *
 * @param id the contract
 * @param customerCovered whether its customer already has an active customer-level contract, or an
 *     earlier one that starts at the same time: then this one stays pending
 */
record DueContract(long id, boolean customerCovered) {}

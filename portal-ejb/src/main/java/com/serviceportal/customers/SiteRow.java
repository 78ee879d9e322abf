package com.serviceportal.customers;

import java.io.Serializable;

/**
 * One site of the Job Sites list.
 *
 * @param id the site's customer id
 * @param accountNumber its account number
 * @param name its name
 * @param address its address
 * @param open what is still open on it
 */
public record SiteRow(long id, String accountNumber, String name, SiteAddress address, OpenActivities open)
        implements Serializable {}

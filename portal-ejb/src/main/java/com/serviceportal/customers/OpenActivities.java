package com.serviceportal.customers;

import java.io.Serializable;

/**
 * What is still open on a site: the Open Activities column of the Job Sites list.
 *
 * @param openCases cases whose status is not complete
 * @param openServiceOrders service orders planned, scheduled or in progress
 * @param openInstallOrders install orders planned, scheduled or in progress
 * @param unpaidInvoices invoices not yet paid
 */
public record OpenActivities(long openCases, long openServiceOrders, long openInstallOrders, long unpaidInvoices)
        implements Serializable {

    public static final OpenActivities NONE = new OpenActivities(0, 0, 0, 0);

    public boolean isNothingOpen() {
        return openCases + openServiceOrders + openInstallOrders + unpaidInvoices == 0;
    }
}

/**
 * The invoices of a customer's sites: read-only to customers, recorded, marked paid and imported
 * from CSV files by the desk, and counted among a site's open activities while unpaid. Calls
 * {@code customers}, {@code security} and {@code platform}.
 */
package com.serviceportal.invoices;

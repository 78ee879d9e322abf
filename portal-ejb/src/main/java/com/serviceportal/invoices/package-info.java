/**
 * The invoices of a customer's sites: read-only to customers, filled by an import or the desk, and
 * counted among a site's open activities while unpaid. Calls {@code customers} and {@code platform}.
 */
package com.serviceportal.invoices;

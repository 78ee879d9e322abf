/**
 * Reading the CSV files people upload (contacts, fault codes, invoices) the same way everywhere:
 * the encoding Excel or an editor chose, and the separator of the reader's locale.
 */
package com.serviceportal.jobs.csv;

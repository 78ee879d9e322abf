/** The desk's invoices ({@code /desk/invoices/}): list, record, mark paid and import from CSV. */
package com.serviceportal.web.desk.invoices;

package com.serviceportal.invoices;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One invoice as the lists show it.
 *
 * @param id the invoice's id
 * @param number its number
 * @param site the name of the site (or company) it was sent to
 * @param invoiceDate when it was issued
 * @param amount what it asks
 * @param dueDate when it is due
 * @param paid whether it has been paid
 * @param overdue unpaid and past its due date
 */
public record InvoiceRow(
        long id,
        String number,
        String site,
        LocalDate invoiceDate,
        BigDecimal amount,
        LocalDate dueDate,
        boolean paid,
        boolean overdue)
        implements Serializable {

    static InvoiceRow of(Invoice invoice, LocalDate today) {
        return new InvoiceRow(
                invoice.getId(),
                invoice.getNumber(),
                invoice.getCustomer().getName(),
                invoice.getInvoiceDate(),
                invoice.getAmount(),
                invoice.getDueDate(),
                invoice.isPaid(),
                !invoice.isPaid() && invoice.getDueDate().isBefore(today));
    }
}

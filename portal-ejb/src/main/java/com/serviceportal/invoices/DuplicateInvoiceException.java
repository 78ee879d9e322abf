package com.serviceportal.invoices;

import com.serviceportal.platform.BusinessException;

/** An invoice number that is already recorded. */
public class DuplicateInvoiceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DuplicateInvoiceException(String number) {
        super("invoices.duplicate", number);
    }
}

package com.serviceportal.invoices;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice the desk records, or one row of an import; the customer is named by its account number. */
public class NewInvoice implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 40)
    private String number;

    @NotBlank
    @Size(max = 32)
    private String accountNumber;

    @NotNull
    private LocalDate invoiceDate;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 12, fraction = 2)
    private BigDecimal amount;

    @NotNull
    private LocalDate dueDate;

    private boolean paid;

    public NewInvoice() {}

    public NewInvoice(
            String number,
            String accountNumber,
            LocalDate invoiceDate,
            BigDecimal amount,
            LocalDate dueDate,
            boolean paid) {
        this.number = number;
        this.accountNumber = accountNumber;
        this.invoiceDate = invoiceDate;
        this.amount = amount;
        this.dueDate = dueDate;
        this.paid = paid;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.strip();
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber == null ? null : accountNumber.strip();
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(LocalDate invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }
}

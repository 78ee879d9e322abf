package com.serviceportal.invoices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading an invoice file: good lines become invoices, every bad line is named with its problem. */
public class InvoiceCsvTest {

    @Test
    public void readsEveryColumnInAnyOrderAndCase() {
        InvoiceCsv.Result result = InvoiceCsv.read("Paid,Invoice Number,Account Number,Date,Amount,Due Date\n"
                + "yes,INV-1,NF1000-GBG,2026-10-01,1250.50,2026-10-31\n"
                + "no,INV-2,NF1000-MMX,2026-11-01,99,2026-12-01\n");
        assertEquals(List.of(), result.problems());
        assertEquals(2, result.lines().size());
        NewInvoice first = result.lines().get(0).invoice();
        assertEquals("INV-1", first.getNumber());
        assertEquals("NF1000-GBG", first.getAccountNumber());
        assertEquals(LocalDate.of(2026, 10, 1), first.getInvoiceDate());
        assertEquals(new BigDecimal("1250.50"), first.getAmount());
        assertEquals(LocalDate.of(2026, 10, 31), first.getDueDate());
        assertTrue(first.isPaid());
        assertFalse(result.lines().get(1).invoice().isPaid());
    }

    @Test
    public void readsSemicolonFilesAsSpreadsheetsWriteThem() {
        InvoiceCsv.Result result = InvoiceCsv.read(
                "\uFEFFinvoice number;account number;date;amount;due date;paid\nINV-3;NF1000;2026-01-02;10.00;2026-02-01;ja\n");
        assertEquals(List.of(), result.problems());
        assertTrue(result.lines().get(0).invoice().isPaid());
    }

    @Test
    public void namesEveryBadLineWithItsLineNumber() {
        InvoiceCsv.Result result = InvoiceCsv.read("invoice number,account number,date,amount,due date,paid\n"
                + "INV-1,NF1000,2026-10-01,100.00,2026-10-31,no\n"
                + "INV-2,NF1000,1 Oct 2026,100.00,2026-10-31,no\n"
                + ",NF1000,2026-10-01,-5,2026-10-31,maybe\n");
        assertEquals(1, result.lines().size(), "only the good line is read");
        assertEquals(
                List.of(
                        ImportProblem.of(3, "invoices.import.badDate", "date", "1 Oct 2026"),
                        ImportProblem.of(4, "invoices.import.missingValue", "invoice number"),
                        ImportProblem.of(4, "invoices.import.badAmount", "-5"),
                        ImportProblem.of(4, "invoices.import.badPaid", "maybe")),
                result.problems());
    }

    @Test
    public void refusesAFileWithoutTheNeededColumns() {
        InvoiceCsv.Result result = InvoiceCsv.read("number,amount\nINV-1,100\n");
        assertTrue(result.lines().isEmpty());
        assertEquals("invoices.import.missingColumns", result.problems().get(0).messageKey());
        assertEquals(
                List.of("invoice number, account number, date, due date, paid"),
                result.problems().get(0).arguments());
    }

    @Test
    public void refusesAnEmptyFile() {
        assertEquals(
                "invoices.import.empty", InvoiceCsv.read("").problems().get(0).messageKey());
    }
}

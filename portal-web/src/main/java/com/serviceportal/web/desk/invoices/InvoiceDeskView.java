package com.serviceportal.web.desk.invoices;

import com.serviceportal.documents.DocumentService;
import com.serviceportal.invoices.ImportProblem;
import com.serviceportal.invoices.InvoiceImportException;
import com.serviceportal.invoices.InvoiceRow;
import com.serviceportal.invoices.InvoiceService;
import com.serviceportal.invoices.NewInvoice;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The desk's invoices ({@code /desk/invoices/list.xhtml}): filtered by account, recorded one by
 * one, marked paid, and imported from a CSV file whose every bad line is listed.
 */
@Named
@ViewScoped
public class InvoiceDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The record form's field for each of the service's problems with one field. */
    private static final Map<String, String> RECORD_PROBLEM_FIELDS =
            Map.of("invoices.unknownAccount", "account", "invoices.duplicate", "number");

    @Inject
    private InvoiceService invoiceService;

    @Inject
    private Feedback feedback;

    private String account;
    private boolean unpaidOnly;
    private List<InvoiceRow> invoices = List.of();

    @Valid
    private NewInvoice newInvoice = new NewInvoice();

    private transient UploadedFile file;

    private List<String> importProblems = List.of();

    public void load() {
        invoices = invoiceService.deskInvoices(account, unpaidOnly);
    }

    public void record() {
        try {
            invoiceService.record(newInvoice);
            feedback.info("invoices.recorded", newInvoice.getNumber());
            newInvoice = new NewInvoice();
            load();
        } catch (BusinessException e) {
            feedback.error(e, RECORD_PROBLEM_FIELDS);
        }
    }

    public void markPaid(long id, boolean paid) {
        try {
            invoiceService.markPaid(id, paid);
            load();
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public void importFile() {
        importProblems = List.of();
        if (file == null || file.getSize() == 0) {
            feedback.errorBeside("file", "invoices.import.noFile");
            return;
        }
        try {
            int imported = invoiceService.importFile(file.getContent());
            feedback.info("invoices.import.done", imported);
            load();
        } catch (InvoiceImportException e) {
            feedback.errorBeside("file", e);
            importProblems = e.getProblems().stream().map(this::describe).toList();
        } catch (BusinessException e) {
            feedback.error(e, Map.of("invoices.import.tooLarge", "file"));
        }
    }

    /**
     * The largest file the page sends: its size is checked as it is chosen, because a file past the
     * server's request limit would fail the page; the service then counts its lines.
     */
    public long getMaxFileBytes() {
        return DocumentService.MAX_FILE_BYTES;
    }

    private String describe(ImportProblem problem) {
        return feedback.text("invoices.import.line", problem.line()) + " "
                + feedback.text(problem.messageKey(), problem.arguments().toArray());
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public boolean isUnpaidOnly() {
        return unpaidOnly;
    }

    public void setUnpaidOnly(boolean unpaidOnly) {
        this.unpaidOnly = unpaidOnly;
    }

    public List<InvoiceRow> getInvoices() {
        return invoices;
    }

    public NewInvoice getNewInvoice() {
        return newInvoice;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<String> getImportProblems() {
        return importProblems;
    }
}

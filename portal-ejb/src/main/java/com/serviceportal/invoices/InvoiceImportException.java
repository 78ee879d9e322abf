package com.serviceportal.invoices;

import com.serviceportal.platform.BusinessException;
import java.util.List;

/** An invoice import with bad rows: every problem is reported and nothing is imported. */
public class InvoiceImportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<ImportProblem> problems;

    public InvoiceImportException(List<ImportProblem> problems) {
        super("invoices.import.rejected", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}

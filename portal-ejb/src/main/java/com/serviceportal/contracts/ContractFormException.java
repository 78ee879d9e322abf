package com.serviceportal.contracts;

import com.serviceportal.platform.BusinessException;
import java.util.List;

/** A contract form with problems: every problem is named at once, each by its own message key. */
public class ContractFormException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ContractFormException(List<String> problems) {
        super("contract.error.form");
        this.problems = List.copyOf(problems);
    }

    public List<String> getProblems() {
        return problems;
    }
}

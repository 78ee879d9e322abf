package com.serviceportal.customers;

import com.serviceportal.platform.BusinessException;
import java.util.List;

/** A company or site form with problems: every problem is named at once, each by its own message key. */
public class CustomerFormException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public CustomerFormException(List<String> problems) {
        super("customer.error.form");
        this.problems = List.copyOf(problems);
    }

    public List<String> getProblems() {
        return problems;
    }
}

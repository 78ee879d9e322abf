package com.serviceportal.invoices;

import java.io.Serializable;
import java.util.List;

/**
 * What is wrong with one line of an invoice import, as a message key the view translates.
 *
 * @param line the line of the file (the header is line 1)
 * @param messageKey the bundle key of the message
 * @param arguments its arguments
 */
public record ImportProblem(long line, String messageKey, List<String> arguments) implements Serializable {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(long line, String messageKey, String... arguments) {
        return new ImportProblem(line, messageKey, List.of(arguments));
    }
}

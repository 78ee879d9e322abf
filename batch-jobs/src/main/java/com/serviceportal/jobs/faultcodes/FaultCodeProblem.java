package com.serviceportal.jobs.faultcodes;

import java.io.Serializable;

/**
 * One problem of a fault-code file: the line (1 is the header) and a message key with its
 * arguments, translated by the page that shows the check.
 */
public final class FaultCodeProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final String messageKey;
    private final Object[] arguments;

    public FaultCodeProblem(long line, String messageKey, Object... arguments) {
        this.line = line;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public long getLine() {
        return line;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return line + ": " + messageKey + java.util.Arrays.toString(arguments);
    }
}

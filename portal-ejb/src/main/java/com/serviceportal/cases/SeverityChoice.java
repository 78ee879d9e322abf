package com.serviceportal.cases;

import java.io.Serializable;

/** A severity level with what it means, as the new-case form explains it. */
public final class SeverityChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Severity severity;
    private final String meaning;

    public SeverityChoice(Severity severity, String meaning) {
        this.severity = severity;
        this.meaning = meaning;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getMeaning() {
        return meaning;
    }
}

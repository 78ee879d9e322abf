package com.serviceportal.cases;

import java.io.Serializable;
import java.time.Instant;

/** One line of a case's history as the desk reads it. */
public final class ChangeDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;
    private final String field;
    private final String oldValue;
    private final String newValue;

    ChangeDetails(CaseChange change) {
        this.changedBy = change.getChangedBy();
        this.changedAt = change.getChangedAt();
        this.field = change.getField();
        this.oldValue = change.getOldValue();
        this.newValue = change.getNewValue();
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** Which field changed, a key under {@code history.field.} in the bundles. */
    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}

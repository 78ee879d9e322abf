package com.serviceportal.cases;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One line of a case's history as the desk reads it: the names of statuses and teams in the
 * reader's language, a severity as the key of its label in the bundles.
 */
public final class ChangeDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Fields whose values are names the desk gives (statuses, teams); "created" holds the status. */
    private static final Set<String> NAMED_FIELDS = Set.of("created", "status", "team");

    private final String changedBy;
    private final Instant changedAt;
    private final String field;
    private final String oldValue;
    private final String newValue;
    private final String oldValueKey;
    private final String newValueKey;

    /**
     * @param names turns a status's or team's name as recorded (its English name of then) into
     *     the reader's; a name no longer known is shown as recorded
     */
    ChangeDetails(CaseChange change, UnaryOperator<String> names) {
        this.changedBy = change.getChangedBy();
        this.changedAt = change.getChangedAt();
        this.field = change.getField();
        boolean named = NAMED_FIELDS.contains(field);
        this.oldValue =
                named && change.getOldValue() != null ? names.apply(change.getOldValue()) : change.getOldValue();
        this.newValue =
                named && change.getNewValue() != null ? names.apply(change.getNewValue()) : change.getNewValue();
        boolean severity = "severity".equals(field);
        this.oldValueKey = severity && change.getOldValue() != null ? "severity." + change.getOldValue() : null;
        this.newValueKey = severity && change.getNewValue() != null ? "severity." + change.getNewValue() : null;
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

    /** The bundle key of the old value's label (a severity), shown in its place; null for text. */
    public String getOldValueKey() {
        return oldValueKey;
    }

    /** The bundle key of the new value's label (a severity), shown in its place; null for text. */
    public String getNewValueKey() {
        return newValueKey;
    }
}

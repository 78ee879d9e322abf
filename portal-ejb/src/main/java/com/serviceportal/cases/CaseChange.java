package com.serviceportal.cases;

import com.serviceportal.jobs.contacts.ContactFieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** One line of a case's history: who changed which field, when, from what to what. Never changed. */
@Entity
@Table(name = "case_change")
public class CaseChange {

    private static final int VALUE_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_change_seq")
    @SequenceGenerator(name = "case_change_seq", sequenceName = "case_change_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private Case serviceCase;

    @Size(max = ContactFieldRules.DISPLAY_NAME)
    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(nullable = false, updatable = false, length = 40)
    private String field;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    protected CaseChange() {}

    CaseChange(Case serviceCase, String changedBy, Instant changedAt, String field, String oldValue, String newValue) {
        this.serviceCase = serviceCase;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** The changed field, as a message key suffix: {@code status}, {@code severity}, ... */
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

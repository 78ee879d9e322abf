package com.serviceportal.cases;

import com.serviceportal.settings.AnalysisField;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/** A case's answer to one analysis field, kept as text in the field's canonical form. */
@Entity
@Table(name = "case_analysis_value")
public class CaseAnalysisValue {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_analysis_value_seq")
    @SequenceGenerator(name = "case_analysis_value_seq", sequenceName = "case_analysis_value_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private Case serviceCase;

    @ManyToOne(optional = false)
    @JoinColumn(name = "field_id", nullable = false)
    private AnalysisField field;

    @Size(max = 2000)
    @Column(name = "field_value")
    private String value;

    @Version
    private long version;

    protected CaseAnalysisValue() {}

    CaseAnalysisValue(Case serviceCase, AnalysisField field, String value) {
        this.serviceCase = serviceCase;
        this.field = field;
        this.value = value;
    }

    public AnalysisField getField() {
        return field;
    }

    public String getValue() {
        return value;
    }
}

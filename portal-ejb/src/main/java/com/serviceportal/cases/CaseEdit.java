package com.serviceportal.cases;

import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** What a customer may change on an open case: severity, summary and description. */
public class CaseEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private long number;

    /** The version the customer's page was read at. */
    private long version;

    @NotNull
    private Severity severity;

    @NotBlank
    @Size(max = NewCase.SUMMARY_MAX)
    private String summary;

    @Size(max = NewCase.DESCRIPTION_MAX)
    private String description;

    public static CaseEdit of(CaseDetails details) {
        CaseEdit edit = new CaseEdit();
        edit.number = details.getNumber();
        edit.version = details.getVersion();
        edit.severity = details.getSeverity();
        edit.summary = details.getSummary();
        edit.description = details.getDescription();
        return edit;
    }

    /** The fields whose stored value differs from what this form holds. */
    public List<Difference> differencesFrom(CaseDetails current) {
        return Difference.collect()
                .named("case.severity", current.getSeverity(), severity, "severity.")
                .value("case.summary", current.getSummary(), summary)
                .value("case.description", current.getDescription(), description)
                .list();
    }

    /** Keeps what was typed, to be saved again over the case as it now stands. */
    public void rebaseOn(CaseDetails current) {
        version = current.getVersion();
    }

    public long getNumber() {
        return number;
    }

    public void setNumber(long number) {
        this.number = number;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}

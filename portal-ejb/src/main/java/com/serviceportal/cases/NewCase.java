package com.serviceportal.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a customer fills in to raise a case. The new-case form binds to it directly, so the form and
 * the service check the same constraints.
 */
public class NewCase implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SUMMARY_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;

    /** The company or site the case is for; {@code null} means the caller's own customer. */
    private Long customerId;

    @NotNull
    private Severity severity = Severity.MEDIUM;

    @NotBlank
    @Size(max = SUMMARY_MAX)
    private String summary;

    @Size(max = DESCRIPTION_MAX)
    private String description;

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
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

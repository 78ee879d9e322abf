package com.serviceportal.settings;

import com.serviceportal.cases.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What one severity level means, as the administration screen edits it. */
public class SeverityEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Severity severity;

    @NotBlank
    @Size(max = 400)
    private String description;

    /** Optional: Swedish readers see the English text when it is empty. */
    @Size(max = 400)
    private String descriptionSv;

    public static SeverityEntry of(SeverityLevel level) {
        SeverityEntry entry = new SeverityEntry();
        entry.severity = level.getSeverity();
        entry.description = level.getDescription();
        entry.descriptionSv = level.getDescriptionSv();
        return entry;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    public void setDescriptionSv(String descriptionSv) {
        this.descriptionSv = descriptionSv;
    }
}

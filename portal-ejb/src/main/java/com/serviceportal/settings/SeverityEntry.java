package com.serviceportal.settings;

import com.serviceportal.cases.Severity;
import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** What one severity level means, as the administration screen edits it. */
public class SeverityEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Severity severity;

    /** The version the entry was read at; a save from an older one is refused (0 for a new entry). */
    private long version;

    @NotBlank
    @Size(max = 400)
    private String description;

    /** Optional: Swedish readers see the English text when it is empty. */
    @Size(max = 400)
    private String descriptionSv;

    public static SeverityEntry of(SeverityLevel level) {
        SeverityEntry entry = new SeverityEntry();
        entry.severity = level.getSeverity();
        entry.version = level.getVersion();
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** After a refused save: where the level as it now stands differs from this entry. */
    public List<Difference> differencesFrom(SeverityEntry current) {
        String label = "severity." + severity.name();
        return Difference.collect()
                .value(label, current.getDescription(), description)
                .value(label, current.getDescriptionSv(), descriptionSv)
                .list();
    }

    /** After a refused save: keeps what was typed, read anew at the version now stored. */
    public void rebaseOn(SeverityEntry current) {
        version = current.getVersion();
    }
}

package com.serviceportal.settings;

import com.serviceportal.cases.Severity;
import com.serviceportal.platform.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** What a severity level means, in the desk's words, shown beside it when a case is raised. */
@Entity
@Table(name = "severity_level")
public class SeverityLevel {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Severity severity;

    @NotBlank
    @Size(max = 400)
    @Column(nullable = false)
    private String description;

    /** The description in Swedish; empty means Swedish readers see the English one. */
    @Size(max = 400)
    @Column(name = "description_sv")
    private String descriptionSv;

    @Version
    private long version;

    protected SeverityLevel() {}

    public Severity getSeverity() {
        return severity;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    /** The description a reader of the given language sees. */
    public String description(Locale reader) {
        return LocalizedName.in(reader, description, descriptionSv);
    }

    /** Sets the Swedish description; blank falls back to the English one. */
    public void setDescriptionSv(String descriptionSv) {
        this.descriptionSv = LocalizedName.swedishOrNull(descriptionSv);
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getVersion() {
        return version;
    }
}

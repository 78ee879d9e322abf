package com.serviceportal.settings;

import com.serviceportal.cases.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

    @Version
    private long version;

    protected SeverityLevel() {}

    public Severity getSeverity() {
        return severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}

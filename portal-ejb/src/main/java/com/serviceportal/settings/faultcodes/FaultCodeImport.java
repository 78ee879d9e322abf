package com.serviceportal.settings.faultcodes;

import com.serviceportal.jobs.contacts.ContactFieldRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A checked fault-code file handed to the import job, with the job's counts once it has run. */
@Entity
@Table(name = "fault_code_import")
public class FaultCodeImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fault_code_import_seq")
    @SequenceGenerator(name = "fault_code_import_seq", sequenceName = "fault_code_import_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Size(max = ContactFieldRules.DISPLAY_NAME)
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "execution_id")
    private Long executionId;

    private int inserted;

    private int updated;

    @Version
    private long version;

    protected FaultCodeImport() {}

    FaultCodeImport(String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.fileName = fileName;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public int getInserted() {
        return inserted;
    }

    public int getUpdated() {
        return updated;
    }
}

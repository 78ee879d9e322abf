package com.serviceportal.cases.files;

import com.serviceportal.cases.Case;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What is known about one uploaded file: its name, type, size, who uploaded it and when. The bytes
 * are a {@link CaseFileContent} of their own, read only for a download.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
    @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private Case serviceCase;

    /** The folder it lies in; {@code null} at the top of the case. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "folder_id")
    private CaseFolder folder;

    @NotBlank
    @Size(max = FileName.MAX_LENGTH)
    @Column(name = "file_name", nullable = false)
    private String fileName;

    @NotBlank
    @Size(max = 120)
    @Column(name = "content_type", nullable = false)
    private String contentType;

    @PositiveOrZero
    @Column(name = "size_bytes", nullable = false)
    private long size;

    @NotBlank
    @Size(max = ContactFieldRules.DISPLAY_NAME)
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected CaseFile() {}

    CaseFile(
            Case serviceCase,
            CaseFolder folder,
            String fileName,
            String contentType,
            long size,
            String uploadedBy,
            Instant now) {
        this.serviceCase = serviceCase;
        this.folder = folder;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Case getServiceCase() {
        return serviceCase;
    }

    public CaseFolder getFolder() {
        return folder;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}

package com.serviceportal.cases.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A file attached on the new-case form before the case exists. It belongs to the account that
 * uploaded it, not to a customer: only that account may list, remove or attach it, so it is kept by
 * the account's id and every query names that id. Queries read its details without its bytes; the
 * bytes are copied into the case's files in the database when the case is saved.
 */
@Entity
@Table(name = "waiting_file")
public class WaitingFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waiting_file_seq")
    @SequenceGenerator(name = "waiting_file_seq", sequenceName = "waiting_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @NotBlank
    @Size(max = FileName.MAX_LENGTH)
    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @NotBlank
    @Size(max = 120)
    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Positive
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected WaitingFile() {}

    WaitingFile(long accountId, String fileName, String contentType, byte[] content, Instant now) {
        this.accountId = accountId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
    }
}

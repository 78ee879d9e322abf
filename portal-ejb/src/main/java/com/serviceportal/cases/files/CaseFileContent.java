package com.serviceportal.cases.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The bytes of one {@link CaseFile}, in a table of their own so that listings never load them. */
@Entity
@Table(name = "case_file_content")
public class CaseFileContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    /** Mapped so that the file's row is always written before its content's. */
    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id")
    private CaseFile file;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected CaseFileContent() {}

    CaseFileContent(CaseFile file, byte[] content) {
        this.file = file;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}

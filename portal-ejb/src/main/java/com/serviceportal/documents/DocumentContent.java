package com.serviceportal.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The bytes of one {@link Document}, in a table of their own so that listings never load them. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected DocumentContent() {}

    DocumentContent(Document document, byte[] content) {
        this.document = document;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}

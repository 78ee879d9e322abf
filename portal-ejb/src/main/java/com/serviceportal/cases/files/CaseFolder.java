package com.serviceportal.cases.files;

import com.serviceportal.cases.Case;
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
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A folder of a case's files, at the top of the case or inside another folder of the same case. */
@Entity
@Table(name = "case_folder")
public class CaseFolder {

    static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_folder_seq")
    @SequenceGenerator(name = "case_folder_seq", sequenceName = "case_folder_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private Case serviceCase;

    /** The folder this one lies in; {@code null} at the top of the case. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private CaseFolder parent;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CaseFolder() {}

    CaseFolder(Case serviceCase, CaseFolder parent, String name, Instant now) {
        this.serviceCase = serviceCase;
        this.parent = parent;
        this.name = name;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Case getServiceCase() {
        return serviceCase;
    }

    public CaseFolder getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

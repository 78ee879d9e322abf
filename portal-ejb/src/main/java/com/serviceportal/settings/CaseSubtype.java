package com.serviceportal.settings;

import com.serviceportal.platform.LocalizedName;
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
import java.util.Locale;

/** A narrower kind of a subject (e.g. Refrigeration / Door alarm); offered once the subject is chosen. */
@Entity
@Table(name = "case_subtype")
public class CaseSubtype {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_subtype_seq")
    @SequenceGenerator(name = "case_subtype_seq", sequenceName = "case_subtype_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private CaseSubject subject;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false)
    private String name;

    /** The name in Swedish; empty means Swedish readers see the English one. */
    @Size(max = 80)
    @Column(name = "name_sv")
    private String nameSv;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected CaseSubtype() {}

    public CaseSubtype(CaseSubject subject, String name, int sortOrder) {
        this.subject = subject;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public CaseSubject getSubject() {
        return subject;
    }

    public String getName() {
        return name;
    }

    public String getNameSv() {
        return nameSv;
    }

    /** The name a reader of the given language sees. */
    public String name(Locale reader) {
        return LocalizedName.in(reader, name, nameSv);
    }

    /** Sets the Swedish name; blank falls back to the English one. */
    public void setNameSv(String nameSv) {
        this.nameSv = LocalizedName.swedishOrNull(nameSv);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void rename(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }
}

package com.serviceportal.settings;

import com.serviceportal.platform.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A kind of case, e.g. Incident or Service request; one type is the default for new cases. */
@Entity
@Table(name = "case_type")
public class CaseType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_type_seq")
    @SequenceGenerator(name = "case_type_seq", sequenceName = "case_type_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 60)
    @Column(nullable = false, unique = true)
    private String name;

    /** The name in Swedish; empty means Swedish readers see the English one. */
    @Size(max = 60)
    @Column(name = "name_sv")
    private String nameSv;

    @Column(name = "default_for_new", nullable = false)
    private boolean defaultForNew;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected CaseType() {}

    public CaseType(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
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

    public boolean isDefaultForNew() {
        return defaultForNew;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void rename(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public void setDefaultForNew(boolean defaultForNew) {
        this.defaultForNew = defaultForNew;
    }

    public long getVersion() {
        return version;
    }
}

package com.serviceportal.settings;

import com.serviceportal.platform.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a case is about (e.g. Refrigeration), with the subtypes that narrow it down. */
@Entity
@Table(name = "case_subject")
public class CaseSubject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_subject_seq")
    @SequenceGenerator(name = "case_subject_seq", sequenceName = "case_subject_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, unique = true)
    private String name;

    /** The name in Swedish; empty means Swedish readers see the English one. */
    @Size(max = 80)
    @Column(name = "name_sv")
    private String nameSv;

    /** What the subject covers, shown beside it while a customer chooses; optional. */
    @Size(max = 400)
    private String description;

    /** The description in Swedish; empty means Swedish readers see the English one. */
    @Size(max = 400)
    @Column(name = "description_sv")
    private String descriptionSv;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "subject")
    @OrderBy("sortOrder, name")
    private List<CaseSubtype> subtypes = new ArrayList<>();

    @Version
    private long version;

    protected CaseSubject() {}

    public CaseSubject(String name, int sortOrder) {
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

    public String getDescription() {
        return description;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    /** The description a reader of the given language sees; {@code null} when there is none. */
    public String description(Locale reader) {
        return description == null ? null : LocalizedName.in(reader, description, descriptionSv);
    }

    /** Sets what the subject covers in English and Swedish; blank texts are none. */
    public void describe(String description, String descriptionSv) {
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.descriptionSv = LocalizedName.swedishOrNull(descriptionSv);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<CaseSubtype> getSubtypes() {
        return subtypes;
    }

    public void rename(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }
}

package com.serviceportal.settings;

import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A subject or a subtype as the administration screen shows and edits it. */
public class SubjectEntry extends VersionedEntry<SubjectEntry> {

    private static final long serialVersionUID = 1L;

    /** {@code null} for one not yet added. */
    private Long id;

    /** For a subtype, the subject it narrows; {@code null} for a subject. */
    private Long subjectId;

    @NotBlank
    @Size(max = 80)
    private String name;

    /** Optional: Swedish readers see the English text when it is empty. */
    @Size(max = 80)
    private String nameSv;

    /** For a subject, what it covers (shown while choosing); optional. */
    @Size(max = 400)
    private String description;

    /** The description in Swedish; optional. */
    @Size(max = 400)
    private String descriptionSv;

    /** Where it comes in lists: lower first. */
    @Min(0)
    @Max(99999)
    private int sortOrder;

    /** For a subject, how many subtypes it has. */
    private int subtypeCount;

    public static SubjectEntry of(CaseSubject subject) {
        SubjectEntry entry = new SubjectEntry();
        entry.id = subject.getId();
        entry.setVersion(subject.getVersion());
        entry.name = subject.getName();
        entry.nameSv = subject.getNameSv();
        entry.description = subject.getDescription();
        entry.descriptionSv = subject.getDescriptionSv();
        entry.sortOrder = subject.getSortOrder();
        entry.subtypeCount = subject.getSubtypes().size();
        return entry;
    }

    public static SubjectEntry of(CaseSubtype subtype) {
        SubjectEntry entry = new SubjectEntry();
        entry.id = subtype.getId();
        entry.setVersion(subtype.getVersion());
        entry.subjectId = subtype.getSubject().getId();
        entry.name = subtype.getName();
        entry.nameSv = subtype.getNameSv();
        entry.sortOrder = subtype.getSortOrder();
        return entry;
    }

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public int getSubtypeCount() {
        return subtypeCount;
    }

    public void setSubtypeCount(int subtypeCount) {
        this.subtypeCount = subtypeCount;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    public void setDescriptionSv(String descriptionSv) {
        this.descriptionSv = descriptionSv;
    }

    @Override
    public List<Difference> differencesFrom(SubjectEntry current) {
        return Difference.collect()
                .value("settings.nameEn", current.getName(), name)
                .value("settings.nameSv", current.getNameSv(), nameSv)
                .value("settings.descriptionEn", current.getDescription(), description)
                .value("settings.descriptionSv", current.getDescriptionSv(), descriptionSv)
                .value("settings.order", current.getSortOrder(), sortOrder)
                .list();
    }
}

package com.serviceportal.settings;

import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A case type as the administration screen shows and edits it. */
public class CaseTypeEntry extends VersionedEntry<CaseTypeEntry> {

    private static final long serialVersionUID = 1L;

    /** {@code null} for a type not yet added. */
    private Long id;

    @NotBlank
    @Size(max = 60)
    private String name;

    /** Optional: Swedish readers see the English text when it is empty. */
    @Size(max = 60)
    private String nameSv;

    private boolean defaultForNew;

    /** Where it comes in lists: lower first. */
    @Min(0)
    @Max(99999)
    private int sortOrder;

    public static CaseTypeEntry of(CaseType type) {
        CaseTypeEntry entry = new CaseTypeEntry();
        entry.id = type.getId();
        entry.setVersion(type.getVersion());
        entry.name = type.getName();
        entry.nameSv = type.getNameSv();
        entry.defaultForNew = type.isDefaultForNew();
        entry.sortOrder = type.getSortOrder();
        return entry;
    }

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isDefaultForNew() {
        return defaultForNew;
    }

    public void setDefaultForNew(boolean defaultForNew) {
        this.defaultForNew = defaultForNew;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    @Override
    public List<Difference> differencesFrom(CaseTypeEntry current) {
        return Difference.collect()
                .value("settings.nameEn", current.getName(), name)
                .value("settings.nameSv", current.getNameSv(), nameSv)
                .value("settings.order", current.getSortOrder(), sortOrder)
                .flag("settings.default", current.isDefaultForNew(), defaultForNew)
                .list();
    }
}

package com.serviceportal.equipment;

import com.serviceportal.platform.Difference;
import com.serviceportal.settings.VersionedEntry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An item category as the settings page shows and edits it. */
public class ItemCategoryEntry extends VersionedEntry<ItemCategoryEntry> {

    private static final long serialVersionUID = 1L;

    /** {@code null} for a category not yet added. */
    private Long id;

    @NotBlank
    @Size(max = 80)
    private String name;

    /** Optional: Swedish readers see the English name when it is empty. */
    @Size(max = 80)
    private String nameSv;

    /** Optional: the label of the items' first custom field. */
    @Size(max = 60)
    private String fieldOne;

    @Size(max = 60)
    private String fieldTwo;

    static ItemCategoryEntry of(ItemCategory category) {
        ItemCategoryEntry entry = new ItemCategoryEntry();
        entry.id = category.getId();
        entry.setVersion(category.getVersion());
        entry.name = category.getName();
        entry.nameSv = category.getNameSv();
        entry.fieldOne = category.getFieldOne();
        entry.fieldTwo = category.getFieldTwo();
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

    public String getNameSv() {
        return nameSv;
    }

    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    public String getFieldOne() {
        return fieldOne;
    }

    public void setFieldOne(String fieldOne) {
        this.fieldOne = fieldOne;
    }

    public String getFieldTwo() {
        return fieldTwo;
    }

    public void setFieldTwo(String fieldTwo) {
        this.fieldTwo = fieldTwo;
    }

    @Override
    public List<Difference> differencesFrom(ItemCategoryEntry current) {
        return Difference.collect()
                .value("settings.nameEn", current.getName(), name)
                .value("settings.nameSv", current.getNameSv(), nameSv)
                .value("settings.itemCategories.fieldOne", current.getFieldOne(), fieldOne)
                .value("settings.itemCategories.fieldTwo", current.getFieldTwo(), fieldTwo)
                .list();
    }
}

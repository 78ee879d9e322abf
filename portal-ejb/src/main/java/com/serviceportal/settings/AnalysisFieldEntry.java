package com.serviceportal.settings;

import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An analysis field as the administration screen shows and edits it. */
public class AnalysisFieldEntry extends VersionedEntry<AnalysisFieldEntry> {

    private static final long serialVersionUID = 1L;

    /** {@code null} for a field not yet added. */
    private Long id;

    @NotBlank
    @Size(max = 80)
    private String label;

    /** Optional: Swedish readers see the English text when it is empty. */
    @Size(max = 80)
    private String labelSv;

    @NotNull
    private FieldType type = FieldType.TEXT;

    private boolean mandatory;

    /** The choices of a list field, one per line. */
    @Size(max = 2000)
    private String options;

    private boolean active = true;

    /** Where it comes in lists: lower first. */
    @Min(0)
    @Max(99999)
    private int sortOrder;

    public static AnalysisFieldEntry of(AnalysisField field) {
        AnalysisFieldEntry entry = new AnalysisFieldEntry();
        entry.id = field.getId();
        entry.setVersion(field.getVersion());
        entry.label = field.getLabel();
        entry.labelSv = field.getLabelSv();
        entry.type = field.getType();
        entry.mandatory = field.isMandatory();
        entry.options = field.getOptions();
        entry.active = field.isActive();
        entry.sortOrder = field.getSortOrder();
        return entry;
    }

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public FieldType getType() {
        return type;
    }

    public void setType(FieldType type) {
        this.type = type;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public void setMandatory(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getLabelSv() {
        return labelSv;
    }

    public void setLabelSv(String labelSv) {
        this.labelSv = labelSv;
    }

    @Override
    public List<Difference> differencesFrom(AnalysisFieldEntry current) {
        return Difference.collect()
                .value("settings.fields.label", current.getLabel(), label)
                .value("settings.fields.labelSv", current.getLabelSv(), labelSv)
                .named("settings.fields.type", current.getType(), type, "settings.fields.type.")
                .flag("settings.fields.mandatory", current.isMandatory(), mandatory)
                .value("settings.fields.options", current.getOptions(), options)
                .flag("settings.fields.active", current.isActive(), active)
                .value("settings.order", current.getSortOrder(), sortOrder)
                .list();
    }
}

package com.serviceportal.settings;

import com.serviceportal.platform.LocalizedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An extra question a new case asks (e.g. "Machine hours"), defined by an administrator. */
@Entity
@Table(name = "analysis_field")
public class AnalysisField {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "analysis_field_seq")
    @SequenceGenerator(name = "analysis_field_seq", sequenceName = "analysis_field_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false)
    private String label;

    /** The label in Swedish; empty means Swedish readers see the English one. */
    @Size(max = 80)
    @Column(name = "label_sv")
    private String labelSv;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 10)
    private FieldType type;

    @Column(nullable = false)
    private boolean mandatory;

    /** The choices of a list field, one per line. */
    @Size(max = 2000)
    private String options;

    /** An inactive field is no longer asked; answers already given stay on their cases. */
    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected AnalysisField() {}

    public AnalysisField(String label, FieldType type, boolean mandatory, String options, int sortOrder) {
        this.label = label;
        this.type = type;
        this.mandatory = mandatory;
        this.options = options;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getLabelSv() {
        return labelSv;
    }

    /** The label a reader of the given language sees. */
    public String label(Locale reader) {
        return LocalizedName.in(reader, label, labelSv);
    }

    /** Sets the Swedish label; blank falls back to the English one. */
    public void setLabelSv(String labelSv) {
        this.labelSv = LocalizedName.swedishOrNull(labelSv);
    }

    public FieldType getType() {
        return type;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public String getOptions() {
        return options;
    }

    /** The options of a list field, in the order given; empty for other types. */
    public List<String> getOptionList() {
        if (type != FieldType.LIST || options == null) {
            return List.of();
        }
        return Arrays.stream(options.split("\\R"))
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .toList();
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** Changes the field; a list field keeps its options, other types drop them. */
    public void change(String label, FieldType type, boolean mandatory, String options, boolean active, int sortOrder) {
        this.label = label;
        this.type = type;
        this.mandatory = mandatory;
        this.options = type == FieldType.LIST ? options : null;
        this.active = active;
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }
}

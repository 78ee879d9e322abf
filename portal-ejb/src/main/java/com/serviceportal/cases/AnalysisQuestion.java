package com.serviceportal.cases;

import com.serviceportal.settings.AnalysisField;
import com.serviceportal.settings.FieldType;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** An analysis field as the new-case form asks it. */
public final class AnalysisQuestion implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String label;
    private final FieldType type;
    private final boolean mandatory;
    private final List<String> options;

    public AnalysisQuestion(AnalysisField field, Locale reader) {
        this.id = field.getId();
        this.label = field.label(reader);
        this.type = field.getType();
        this.mandatory = field.isMandatory();
        this.options = List.copyOf(field.getOptionList());
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public FieldType getType() {
        return type;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public List<String> getOptions() {
        return options;
    }
}

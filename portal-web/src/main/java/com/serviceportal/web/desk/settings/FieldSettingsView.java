package com.serviceportal.web.desk.settings;

import com.serviceportal.settings.AnalysisFieldEntry;
import com.serviceportal.settings.FieldType;
import com.serviceportal.settings.SettingsAdminService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The analysis fields a new case asks for ({@code /desk/settings/fields.xhtml}). */
@Named
@ViewScoped
public class FieldSettingsView extends SettingsListView<AnalysisFieldEntry> {

    private static final long serialVersionUID = 1L;

    /** The form's field for each of the service's refusals that concern one field. */
    private static final Map<String, String> PROBLEM_FIELDS = Map.of("settings.field.optionsRequired", "options");

    @Inject
    private SettingsAdminService settings;

    @Override
    protected List<AnalysisFieldEntry> read() {
        return settings.analysisFields();
    }

    @Override
    protected AnalysisFieldEntry blank() {
        return new AnalysisFieldEntry();
    }

    @Override
    protected void store(AnalysisFieldEntry entry) {
        settings.saveAnalysisField(entry);
    }

    @Override
    protected void remove(long id) {
        settings.deleteAnalysisField(id);
    }

    @Override
    protected String nameOf(AnalysisFieldEntry entry) {
        return entry.getLabel();
    }

    @Override
    protected String nameField() {
        return "label";
    }

    @Override
    protected Map<String, String> problemFields() {
        return PROBLEM_FIELDS;
    }

    public FieldType[] getFieldTypes() {
        return FieldType.values();
    }
}

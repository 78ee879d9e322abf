package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.AnalysisFieldEntry;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.settings.FieldType;
import com.serviceportal.settings.SettingsAdminService;
import com.serviceportal.settings.VersionedEntry;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The analysis fields a new case asks for ({@code /desk/settings/fields.xhtml}): the list, and one form that adds a new entry or
 * changes the one chosen for editing.
 */
@Named
@ViewScoped
public class FieldSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsAdminService settings;

    @Inject
    private Feedback feedback;

    private List<AnalysisFieldEntry> entries = List.of();

    @Valid
    private AnalysisFieldEntry editing = new AnalysisFieldEntry();

    /** After a refused save: where the entry as it now stands differs from the form. */
    private List<Difference> editingDifferences = List.of();

    public void load() {
        entries = settings.analysisFields();
    }

    public void startNew() {
        editingDifferences = List.of();
        editing = new AnalysisFieldEntry();
    }

    public void edit(AnalysisFieldEntry entry) {
        editingDifferences = List.of();
        editing = entry;
    }

    public void save() {
        try {
            settings.saveAnalysisField(editing);
            editingDifferences = List.of();
            feedback.info("settings.saved", editing.getLabel());
            editing = new AnalysisFieldEntry();
        } catch (DuplicateNameException e) {
            feedback.errorBeside("label", e);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            load();
            editingDifferences = VersionedEntry.compareWithCurrent(editing, entries);
            return;
        } catch (BusinessException e) {
            feedback.error(e, Map.of("settings.field.optionsRequired", "options"));
        }
        load();
    }

    public void delete(AnalysisFieldEntry entry) {
        try {
            settings.deleteAnalysisField(entry.getId());
            feedback.info("settings.deleted", entry.getLabel());
            if (entry.getId().equals(editing.getId())) {
                editing = new AnalysisFieldEntry();
            }
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public List<AnalysisFieldEntry> getEntries() {
        return entries;
    }

    public AnalysisFieldEntry getEditing() {
        return editing;
    }

    public FieldType[] getFieldTypes() {
        return FieldType.values();
    }

    public List<Difference> getEditingDifferences() {
        return editingDifferences;
    }
}

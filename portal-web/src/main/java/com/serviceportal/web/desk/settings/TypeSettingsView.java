package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.CaseTypeEntry;
import com.serviceportal.settings.DuplicateNameException;
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
 * The case types and which is the default ({@code /desk/settings/types.xhtml}): the list, and one form that adds a new entry or
 * changes the one chosen for editing.
 */
@Named
@ViewScoped
public class TypeSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsAdminService settings;

    @Inject
    private Feedback feedback;

    private List<CaseTypeEntry> entries = List.of();

    @Valid
    private CaseTypeEntry editing = new CaseTypeEntry();

    /** After a refused save: where the entry as it now stands differs from the form. */
    private List<Difference> editingDifferences = List.of();

    public void load() {
        entries = settings.caseTypes();
    }

    public void startNew() {
        editingDifferences = List.of();
        editing = new CaseTypeEntry();
    }

    public void edit(CaseTypeEntry entry) {
        editingDifferences = List.of();
        editing = entry;
    }

    public void save() {
        try {
            settings.saveCaseType(editing);
            editingDifferences = List.of();
            feedback.info("settings.saved", editing.getName());
            editing = new CaseTypeEntry();
        } catch (DuplicateNameException e) {
            feedback.errorBeside("name", e);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            load();
            editingDifferences = VersionedEntry.compareWithCurrent(editing, entries);
            return;
        } catch (BusinessException e) {
            feedback.error(e, Map.of("settings.type.defaultRequired", "defaultForNew"));
        }
        load();
    }

    public void delete(CaseTypeEntry entry) {
        try {
            settings.deleteCaseType(entry.getId());
            feedback.info("settings.deleted", entry.getName());
            if (entry.getId().equals(editing.getId())) {
                editing = new CaseTypeEntry();
            }
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public List<CaseTypeEntry> getEntries() {
        return entries;
    }

    public CaseTypeEntry getEditing() {
        return editing;
    }

    public List<Difference> getEditingDifferences() {
        return editingDifferences;
    }
}

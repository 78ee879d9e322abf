package com.serviceportal.web.desk.settings;

import com.serviceportal.settings.CaseTypeEntry;
import com.serviceportal.settings.SettingsAdminService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The case types and which is the default ({@code /desk/settings/types.xhtml}). */
@Named
@ViewScoped
public class TypeSettingsView extends SettingsListView<CaseTypeEntry> {

    private static final long serialVersionUID = 1L;

    /** The form's field for each of the service's refusals that concern one field. */
    private static final Map<String, String> PROBLEM_FIELDS = Map.of("settings.type.defaultRequired", "defaultForNew");

    @Inject
    private SettingsAdminService settings;

    @Override
    protected List<CaseTypeEntry> read() {
        return settings.caseTypes();
    }

    @Override
    protected CaseTypeEntry blank() {
        return new CaseTypeEntry();
    }

    @Override
    protected void store(CaseTypeEntry entry) {
        settings.saveCaseType(entry);
    }

    @Override
    protected void remove(long id) {
        settings.deleteCaseType(id);
    }

    @Override
    protected String nameOf(CaseTypeEntry entry) {
        return entry.getName();
    }

    @Override
    protected Map<String, String> problemFields() {
        return PROBLEM_FIELDS;
    }
}

package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.settings.SettingsAdminService;
import com.serviceportal.settings.TeamEntry;
import com.serviceportal.settings.VersionedEntry;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

/**
 * The desk's teams ({@code /desk/settings/teams.xhtml}): the list, and one form that adds a new entry or
 * changes the one chosen for editing.
 */
@Named
@ViewScoped
public class TeamSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SettingsAdminService settings;

    @Inject
    private Feedback feedback;

    private List<TeamEntry> entries = List.of();

    @Valid
    private TeamEntry editing = new TeamEntry();

    /** After a refused save: where the entry as it now stands differs from the form. */
    private List<Difference> editingDifferences = List.of();

    public void load() {
        entries = settings.teams();
    }

    public void startNew() {
        editingDifferences = List.of();
        editing = new TeamEntry();
    }

    public void edit(TeamEntry entry) {
        editingDifferences = List.of();
        editing = entry;
    }

    public void save() {
        try {
            settings.saveTeam(editing);
            editingDifferences = List.of();
            feedback.info("settings.saved", editing.getName());
            editing = new TeamEntry();
        } catch (DuplicateNameException e) {
            feedback.errorBeside("name", e);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            load();
            editingDifferences = VersionedEntry.compareWithCurrent(editing, entries);
            return;
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public void delete(TeamEntry entry) {
        try {
            settings.deleteTeam(entry.getId());
            feedback.info("settings.deleted", entry.getName());
            if (entry.getId().equals(editing.getId())) {
                editing = new TeamEntry();
            }
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public List<TeamEntry> getEntries() {
        return entries;
    }

    public TeamEntry getEditing() {
        return editing;
    }

    public List<Difference> getEditingDifferences() {
        return editingDifferences;
    }
}

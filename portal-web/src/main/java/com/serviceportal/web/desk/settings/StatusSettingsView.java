package com.serviceportal.web.desk.settings;

import com.serviceportal.cases.CustomerAction;
import com.serviceportal.cases.StatusEntry;
import com.serviceportal.cases.TrackingStatusService;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.DuplicateNameException;
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
 * The tracking statuses ({@code /desk/settings/statuses.xhtml}): the list, and one form that adds a new entry or
 * changes the one chosen for editing.
 */
@Named
@ViewScoped
public class StatusSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's field for each of the service's refusals that concern one field. */
    private static final Map<String, String> PROBLEM_FIELDS = Map.of(
            "settings.status.defaultComplete", "defaultForNew",
            "settings.status.defaultRequired", "defaultForNew",
            "settings.status.actionNeedsComplete", "customerAction");

    @Inject
    private TrackingStatusService statuses;

    @Inject
    private Feedback feedback;

    private List<StatusEntry> entries = List.of();

    @Valid
    private StatusEntry editing = new StatusEntry();

    /** After a refused save: where the entry as it now stands differs from the form. */
    private List<Difference> editingDifferences = List.of();

    public void load() {
        entries = statuses.statuses();
    }

    public void startNew() {
        editingDifferences = List.of();
        editing = new StatusEntry();
    }

    public void edit(StatusEntry entry) {
        editingDifferences = List.of();
        editing = entry;
    }

    public void save() {
        try {
            statuses.save(editing);
            editingDifferences = List.of();
            feedback.info("settings.saved", editing.getName());
            editing = new StatusEntry();
        } catch (DuplicateNameException e) {
            feedback.errorBeside("name", e);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            load();
            editingDifferences = VersionedEntry.compareWithCurrent(editing, entries);
            return;
        } catch (BusinessException e) {
            feedback.error(e, PROBLEM_FIELDS);
        }
        load();
    }

    public void delete(StatusEntry entry) {
        try {
            statuses.delete(entry.getId());
            feedback.info("settings.deleted", entry.getName());
            if (entry.getId().equals(editing.getId())) {
                editing = new StatusEntry();
            }
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public List<StatusEntry> getEntries() {
        return entries;
    }

    public StatusEntry getEditing() {
        return editing;
    }

    public CustomerAction[] getCustomerActions() {
        return CustomerAction.values();
    }

    public List<Difference> getEditingDifferences() {
        return editingDifferences;
    }
}

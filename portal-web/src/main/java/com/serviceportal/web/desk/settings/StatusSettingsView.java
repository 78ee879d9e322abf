package com.serviceportal.web.desk.settings;

import com.serviceportal.cases.CustomerAction;
import com.serviceportal.cases.StatusEntry;
import com.serviceportal.cases.TrackingStatusService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The tracking statuses ({@code /desk/settings/statuses.xhtml}). */
@Named
@ViewScoped
public class StatusSettingsView extends SettingsListView<StatusEntry> {

    private static final long serialVersionUID = 1L;

    /** The form's field for each of the service's refusals that concern one field. */
    private static final Map<String, String> PROBLEM_FIELDS = Map.of(
            "settings.status.defaultComplete", "defaultForNew",
            "settings.status.defaultInternal", "defaultForNew",
            "settings.status.defaultRequired", "defaultForNew",
            "settings.status.actionNeedsComplete", "customerAction");

    @Inject
    private TrackingStatusService statuses;

    @Override
    protected List<StatusEntry> read() {
        return statuses.statuses();
    }

    @Override
    protected StatusEntry blank() {
        return new StatusEntry();
    }

    @Override
    protected void store(StatusEntry entry) {
        statuses.save(entry);
    }

    @Override
    protected void remove(long id) {
        statuses.delete(id);
    }

    @Override
    protected String nameOf(StatusEntry entry) {
        return entry.getName();
    }

    @Override
    protected Map<String, String> problemFields() {
        return PROBLEM_FIELDS;
    }

    public CustomerAction[] getCustomerActions() {
        return CustomerAction.values();
    }
}

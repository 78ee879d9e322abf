package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.settings.VersionedEntry;
import com.serviceportal.sla.CalendarEntry;
import com.serviceportal.sla.ServiceLevelAdminService;
import com.serviceportal.sla.ServiceLevelEntry;
import com.serviceportal.sla.TargetEntry;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;

/**
 * The service levels ({@code /desk/settings/service-levels.xhtml}): the list with the default level
 * of cases without a contract, and one form that adds a level or changes the one chosen.
 */
@Named
@ViewScoped
public class ServiceLevelSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceLevelAdminService serviceLevels;

    @Inject
    private Feedback feedback;

    private List<ServiceLevelEntry> entries = List.of();
    private List<CalendarEntry> calendars = List.of();
    private Long defaultLevelId;

    @Valid
    private ServiceLevelEntry editing = new ServiceLevelEntry();

    /** After a refused save: where the entry as it now stands differs from the form. */
    private List<Difference> editingDifferences = List.of();

    public void load() {
        entries = serviceLevels.serviceLevels();
        calendars = serviceLevels.calendars();
        defaultLevelId = serviceLevels.defaultLevelId().orElse(null);
    }

    public void edit(ServiceLevelEntry entry) {
        editingDifferences = List.of();
        editing = entry;
    }

    public void save() {
        try {
            serviceLevels.saveServiceLevel(editing);
            editingDifferences = List.of();
            feedback.info("settings.saved", editing.getName());
            editing = new ServiceLevelEntry();
        } catch (DuplicateNameException e) {
            feedback.errorBeside("name", e);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            load();
            editingDifferences = VersionedEntry.compareWithCurrent(editing, entries);
            return;
        } catch (BusinessException e) {
            besideItsTarget(e);
        }
        load();
    }

    /** A target refused for one severity: beside that severity's hours (the first argument names it). */
    private void besideItsTarget(BusinessException e) {
        String field =
                switch (e.getMessageKey()) {
                    case "sla.settings.responseRequired" -> "responseHours";
                    case "sla.settings.resolutionBeforeResponse" -> "resolutionHours";
                    default -> null;
                };
        List<TargetEntry> targets = editing.getTargets();
        for (int row = 0; field != null && row < targets.size(); row++) {
            if (targets.get(row).getSeverity().name().equals(e.getArguments()[0])) {
                feedback.errorAt("editor:targets:" + row + ":" + field, e.getMessageKey(), e.getArguments());
                return;
            }
        }
        feedback.error(e);
    }

    public void delete(ServiceLevelEntry entry) {
        try {
            serviceLevels.deleteServiceLevel(entry.getId());
            feedback.info("settings.deleted", entry.getName());
            if (entry.getId().equals(editing.getId())) {
                editing = new ServiceLevelEntry();
            }
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public void chooseDefault() {
        try {
            serviceLevels.chooseDefault(defaultLevelId);
            feedback.info("sla.settings.defaultChosen");
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
    }

    public List<ServiceLevelEntry> getEntries() {
        return entries;
    }

    public List<CalendarEntry> getCalendars() {
        return calendars;
    }

    public ServiceLevelEntry getEditing() {
        return editing;
    }

    public Long getDefaultLevelId() {
        return defaultLevelId;
    }

    public void setDefaultLevelId(Long defaultLevelId) {
        this.defaultLevelId = defaultLevelId;
    }

    public List<Difference> getEditingDifferences() {
        return editingDifferences;
    }
}

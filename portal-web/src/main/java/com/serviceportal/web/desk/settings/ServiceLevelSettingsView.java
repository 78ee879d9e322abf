package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.sla.CalendarEntry;
import com.serviceportal.sla.ServiceLevelAdminService;
import com.serviceportal.sla.ServiceLevelEntry;
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

    public void load() {
        entries = serviceLevels.serviceLevels();
        calendars = serviceLevels.calendars();
        defaultLevelId = serviceLevels.defaultLevelId().orElse(null);
    }

    public void edit(ServiceLevelEntry entry) {
        editing = entry;
    }

    public void save() {
        try {
            serviceLevels.saveServiceLevel(editing);
            feedback.info("settings.saved", editing.getName());
            editing = new ServiceLevelEntry();
        } catch (DuplicateNameException e) {
            feedback.errorBeside("name", e);
        } catch (BusinessException e) {
            feedback.error(e);
        }
        load();
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
}

package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.sla.CalendarEntry;
import com.serviceportal.sla.ServiceLevelAdminService;
import com.serviceportal.sla.ServiceLevelEntry;
import com.serviceportal.sla.TargetEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The service levels ({@code /desk/settings/service-levels.xhtml}): the list with the default level
 * of cases without a contract, and one form that adds a level or changes the one chosen.
 */
@Named
@ViewScoped
public class ServiceLevelSettingsView extends SettingsListView<ServiceLevelEntry> {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceLevelAdminService serviceLevels;

    private List<CalendarEntry> calendars = List.of();
    private Long defaultLevelId;

    @Override
    public void load() {
        super.load();
        calendars = serviceLevels.calendars();
        defaultLevelId = serviceLevels.defaultLevelId().orElse(null);
    }

    @Override
    protected List<ServiceLevelEntry> read() {
        return serviceLevels.serviceLevels();
    }

    @Override
    protected ServiceLevelEntry blank() {
        return new ServiceLevelEntry();
    }

    @Override
    protected void store(ServiceLevelEntry entry) {
        serviceLevels.saveServiceLevel(entry);
    }

    @Override
    protected void remove(long id) {
        serviceLevels.deleteServiceLevel(id);
    }

    @Override
    protected String nameOf(ServiceLevelEntry entry) {
        return entry.getName();
    }

    /** A target refused for one severity: beside that severity's hours (the first argument names it). */
    @Override
    protected void refused(BusinessException e) {
        String field =
                switch (e.getMessageKey()) {
                    case "sla.settings.responseRequired" -> "responseHours";
                    case "sla.settings.resolutionBeforeResponse" -> "resolutionHours";
                    default -> null;
                };
        List<TargetEntry> targets = getEditing().getTargets();
        for (int row = 0; field != null && row < targets.size(); row++) {
            if (targets.get(row).getSeverity().name().equals(e.getArguments()[0])) {
                feedback().errorAt("editor:targets:" + row + ":" + field, e.getMessageKey(), e.getArguments());
                return;
            }
        }
        feedback().error(e);
    }

    public void chooseDefault() {
        try {
            serviceLevels.chooseDefault(defaultLevelId);
            feedback().info("sla.settings.defaultChosen");
        } catch (BusinessException e) {
            feedback().error(e);
        }
        load();
    }

    public List<CalendarEntry> getCalendars() {
        return calendars;
    }

    public Long getDefaultLevelId() {
        return defaultLevelId;
    }

    public void setDefaultLevelId(Long defaultLevelId) {
        this.defaultLevelId = defaultLevelId;
    }
}

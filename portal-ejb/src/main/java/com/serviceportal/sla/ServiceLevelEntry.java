package com.serviceportal.sla;

import com.serviceportal.cases.Severity;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.VersionedEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A service level as the administration screen shows and edits it: one target line per severity. */
public class ServiceLevelEntry extends VersionedEntry<ServiceLevelEntry> {

    private static final long serialVersionUID = 1L;

    /** {@code null} for a level not yet added. */
    private Long id;

    @NotBlank
    @Size(max = 80)
    private String name;

    @NotNull
    private Long calendarId;

    private String calendarName;

    private boolean defaultLevel;

    @Valid
    private List<TargetEntry> targets = new ArrayList<>();

    public ServiceLevelEntry() {
        for (Severity severity : Severity.values()) {
            targets.add(new TargetEntry(severity, null));
        }
    }

    static ServiceLevelEntry of(ServiceLevel level, boolean defaultLevel) {
        ServiceLevelEntry entry = new ServiceLevelEntry();
        entry.id = level.getId();
        entry.setVersion(level.getVersion());
        entry.name = level.getName();
        entry.calendarId = level.getCalendar().getId();
        entry.calendarName = level.getCalendar().getName();
        entry.defaultLevel = defaultLevel;
        entry.targets = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            entry.targets.add(
                    new TargetEntry(severity, level.targetFor(severity).orElse(null)));
        }
        return entry;
    }

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getCalendarId() {
        return calendarId;
    }

    public void setCalendarId(Long calendarId) {
        this.calendarId = calendarId;
    }

    public String getCalendarName() {
        return calendarName;
    }

    /** The level of cases without a contract. */
    public boolean isDefaultLevel() {
        return defaultLevel;
    }

    /** One line per severity, most severe first. */
    public List<TargetEntry> getTargets() {
        return targets;
    }

    @Override
    public List<Difference> differencesFrom(ServiceLevelEntry current) {
        Difference.Collector found = Difference.collect().value("settings.name", current.getName(), name);
        for (int i = 0; i < targets.size() && i < current.getTargets().size(); i++) {
            TargetEntry target = targets.get(i);
            found.value(
                    "severity." + target.getSeverity().name(),
                    current.getTargets().get(i).summary(),
                    target.summary());
        }
        return found.list();
    }
}

package com.serviceportal.web.desk.settings;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.Difference;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.settings.VersionedEntry;
import com.serviceportal.sla.CalendarEntry;
import com.serviceportal.sla.DayEntry;
import com.serviceportal.sla.HolidayEntry;
import com.serviceportal.sla.ServiceLevelAdminService;
import com.serviceportal.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The business calendars ({@code /desk/settings/calendars.xhtml}): the list, one form that adds a
 * calendar or changes the one chosen, and the chosen calendar's holidays.
 */
@Named
@ViewScoped
public class CalendarSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceLevelAdminService serviceLevels;

    @Inject
    private Feedback feedback;

    private List<CalendarEntry> entries = List.of();
    private List<String> timeZones = List.of();

    @Valid
    private CalendarEntry editing = new CalendarEntry();

    /** After a refused save: where the entry as it now stands differs from the form. */
    private List<Difference> editingDifferences = List.of();

    private LocalDate holidayDate;
    private String holidayName;

    public void load() {
        entries = serviceLevels.calendars();
        timeZones = serviceLevels.timeZones();
    }

    /** Hours refused for one day: beside that day's times (the first argument names the day). */
    private void besideItsDay(BusinessException e) {
        String field =
                switch (e.getMessageKey()) {
                    case "sla.settings.hoursRequired" -> "opens";
                    case "sla.settings.closesBeforeOpens" -> "closes";
                    default -> null;
                };
        List<DayEntry> days = editing.getDays();
        for (int row = 0; field != null && row < days.size(); row++) {
            if (days.get(row).getDay().name().equals(e.getArguments()[0])) {
                feedback.errorAt("editor:days:" + row + ":" + field, e.getMessageKey(), e.getArguments());
                return;
            }
        }
        feedback.error(e);
    }

    public void edit(CalendarEntry entry) {
        editingDifferences = List.of();
        editing = entry;
    }

    public void save() {
        try {
            long id = serviceLevels.saveCalendar(editing);
            editingDifferences = List.of();
            feedback.info("settings.saved", editing.getName());
            editing = serviceLevels.calendar(id);
        } catch (DuplicateNameException e) {
            feedback.errorBeside("name", e);
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
            entries = serviceLevels.calendars();
            editingDifferences = VersionedEntry.compareWithCurrent(editing, entries);
            return;
        } catch (BusinessException e) {
            besideItsDay(e);
        }
        entries = serviceLevels.calendars();
    }

    public void delete(CalendarEntry entry) {
        try {
            serviceLevels.deleteCalendar(entry.getId());
            feedback.info("settings.deleted", entry.getName());
            if (entry.getId().equals(editing.getId())) {
                editing = new CalendarEntry();
            }
        } catch (BusinessException e) {
            feedback.error(e);
        }
        entries = serviceLevels.calendars();
    }

    public void addHoliday() {
        try {
            serviceLevels.addHoliday(editing.getId(), holidayDate, holidayName);
            feedback.info("settings.saved", holidayName);
            holidayDate = null;
            holidayName = null;
            editing = serviceLevels.calendar(editing.getId());
        } catch (BusinessException e) {
            if (e.getMessageKey().equals("sla.settings.holidayNameTooLong")) {
                feedback.errorAt("holidays:holidayName", e.getMessageKey(), e.getArguments());
            } else {
                feedback.error(e);
            }
        }
    }

    public void removeHoliday(HolidayEntry holiday) {
        try {
            serviceLevels.removeHoliday(editing.getId(), holiday.getId());
            feedback.info("settings.deleted", holiday.getName());
            editing = serviceLevels.calendar(editing.getId());
        } catch (BusinessException e) {
            feedback.error(e);
        }
    }

    public List<CalendarEntry> getEntries() {
        return entries;
    }

    public List<String> getTimeZones() {
        return timeZones;
    }

    public CalendarEntry getEditing() {
        return editing;
    }

    public LocalDate getHolidayDate() {
        return holidayDate;
    }

    public void setHolidayDate(LocalDate holidayDate) {
        this.holidayDate = holidayDate;
    }

    public String getHolidayName() {
        return holidayName;
    }

    public void setHolidayName(String holidayName) {
        this.holidayName = holidayName;
    }

    public List<Difference> getEditingDifferences() {
        return editingDifferences;
    }
}

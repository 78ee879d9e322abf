package com.serviceportal.sla;

import com.serviceportal.platform.Difference;
import com.serviceportal.settings.VersionedEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A business calendar as the administration screen shows and edits it: one line per weekday. */
public class CalendarEntry extends VersionedEntry<CalendarEntry> {

    private static final long serialVersionUID = 1L;

    /** {@code null} for a calendar not yet added. */
    private Long id;

    @NotBlank
    @Size(max = 80)
    private String name;

    @NotBlank
    @Size(max = 60)
    private String timeZone = "Europe/Stockholm";

    @Valid
    private List<DayEntry> days = new ArrayList<>();

    private List<HolidayEntry> holidays = List.of();

    /** A new calendar: Monday to Friday, 08:00-17:00. */
    public CalendarEntry() {
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean weekday = day.getValue() <= 5;
            days.add(new DayEntry(day, weekday, weekday ? "08:00" : "", weekday ? "17:00" : ""));
        }
    }

    static CalendarEntry of(BusinessCalendar calendar) {
        CalendarEntry entry = new CalendarEntry();
        entry.id = calendar.getId();
        entry.setVersion(calendar.getVersion());
        entry.name = calendar.getName();
        entry.timeZone = calendar.getTimeZone();
        Map<DayOfWeek, LocalTime[]> week = calendar.getWeek();
        entry.days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            LocalTime[] hours = week.get(day);
            entry.days.add(
                    hours == null
                            ? new DayEntry(day, false, "", "")
                            : new DayEntry(day, true, DayEntry.format(hours[0]), DayEntry.format(hours[1])));
        }
        entry.holidays = calendar.getHolidays().stream()
                .map(h -> new HolidayEntry(h.getId(), h.getDate(), h.getName()))
                .toList();
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

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** Monday first. */
    public List<DayEntry> getDays() {
        return days;
    }

    /** The calendar's holidays, earliest first; shown, changed one at a time. */
    public List<HolidayEntry> getHolidays() {
        return holidays;
    }

    @Override
    public List<Difference> differencesFrom(CalendarEntry current) {
        Difference.Collector found = Difference.collect()
                .value("settings.name", current.getName(), name)
                .value("sla.settings.timeZone", current.getTimeZone(), timeZone);
        for (int i = 0; i < days.size() && i < current.getDays().size(); i++) {
            DayEntry day = days.get(i);
            found.value(
                    "sla.day." + day.getDay().name(), current.getDays().get(i).hours(), day.hours());
        }
        return found.list();
    }
}

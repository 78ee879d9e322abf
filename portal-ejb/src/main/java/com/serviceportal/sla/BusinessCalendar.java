package com.serviceportal.sla;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The working days, hours and holidays a service level's targets are counted in. */
@Entity
@Table(name = "business_calendar")
public class BusinessCalendar {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_calendar_seq")
    @SequenceGenerator(name = "business_calendar_seq", sequenceName = "business_calendar_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, unique = true)
    private String name;

    /** An IANA zone such as Europe/Stockholm: the working hours are local times there. */
    @NotBlank
    @Size(max = 60)
    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @OneToMany(mappedBy = "calendar", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dayOfWeek")
    private List<BusinessHours> hours = new ArrayList<>();

    @OneToMany(mappedBy = "calendar", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("date")
    private List<BusinessHoliday> holidays = new ArrayList<>();

    @Version
    private long version;

    protected BusinessCalendar() {}

    BusinessCalendar(String name, String timeZone) {
        rename(name, timeZone);
    }

    void rename(String name, String timeZone) {
        this.name = name.strip();
        this.timeZone = timeZone;
    }

    /** Replaces the working hours with these, one entry per working weekday. */
    void setWeek(Map<DayOfWeek, BusinessClock.Hours> week) {
        hours.removeIf(h -> !week.containsKey(h.getDay()));
        // A day kept is changed in place: deleting and inserting it would meet the unique day.
        week.forEach((day, open) -> hours.stream()
                .filter(h -> h.getDay() == day)
                .findFirst()
                .ifPresentOrElse(
                        h -> h.change(open.opens(), open.closes()),
                        () -> hours.add(new BusinessHours(this, day, open.opens(), open.closes()))));
    }

    void addHoliday(LocalDate date, String name) {
        holidays.add(new BusinessHoliday(this, date, name.strip()));
    }

    boolean removeHoliday(long holidayId) {
        return holidays.removeIf(h -> h.getId() != null && h.getId() == holidayId);
    }

    /** The clock that counts this calendar's working time. */
    public BusinessClock clock() {
        Map<DayOfWeek, BusinessClock.Hours> week = new EnumMap<>(DayOfWeek.class);
        hours.forEach(h -> week.put(h.getDay(), new BusinessClock.Hours(h.getOpensAt(), h.getClosesAt())));
        return new BusinessClock(
                ZoneId.of(timeZone),
                week,
                holidays.stream().map(BusinessHoliday::getDate).collect(Collectors.toSet()));
    }

    /** The working hours by weekday; a weekday without an entry is not worked. */
    public Map<DayOfWeek, LocalTime[]> getWeek() {
        Map<DayOfWeek, LocalTime[]> week = new EnumMap<>(DayOfWeek.class);
        hours.forEach(h -> week.put(h.getDay(), new LocalTime[] {h.getOpensAt(), h.getClosesAt()}));
        return week;
    }

    public List<BusinessHoliday> getHolidays() {
        return List.copyOf(holidays);
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }
}

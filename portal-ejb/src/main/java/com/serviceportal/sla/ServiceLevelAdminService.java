package com.serviceportal.sla;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.settings.DuplicateNameException;
import com.serviceportal.settings.PortalSetting;
import com.serviceportal.settings.Setting;
import com.serviceportal.settings.SettingChangedException;
import com.serviceportal.settings.StillInUseException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrator's business calendars and service levels, and the default level of cases without
 * a contract. Keeps them usable: unique names, a known time zone, working hours that close after they
 * open, targets whose resolution is not sooner than the response, and nothing deleted that is still
 * in use. Anyone but an administrator is answered "not found". Changes apply to due times computed
 * from then on; cases keep the due times they have until their next recomputation.
 */
@Stateless
@Allowed(Audience.ADMINISTRATORS)
public class ServiceLevelAdminService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    // Calendars

    public List<CalendarEntry> calendars() {
        return em.createQuery("SELECT c FROM BusinessCalendar c ORDER BY c.name", BusinessCalendar.class)
                .getResultStream()
                .map(CalendarEntry::of)
                .toList();
    }

    public CalendarEntry calendar(long id) {
        return CalendarEntry.of(find(BusinessCalendar.class, id));
    }

    /** Adds a calendar (no id) or changes one; returns its id. */
    public long saveCalendar(@NotNull @Valid CalendarEntry entry) {
        String name = entry.getName().strip();
        List<BusinessCalendar> sameName = em.createQuery(
                        "SELECT c FROM BusinessCalendar c WHERE LOWER(c.name) = :name", BusinessCalendar.class)
                .setParameter("name", name.toLowerCase())
                .getResultList();
        if (sameName.stream().anyMatch(c -> !c.getId().equals(entry.getId()))) {
            throw new DuplicateNameException(name);
        }
        String zone = zoneOf(entry.getTimeZone());
        Map<DayOfWeek, BusinessClock.Hours> week = new EnumMap<>(DayOfWeek.class);
        for (DayEntry day : entry.getDays()) {
            if (day.isWorked()) {
                week.put(day.getDay(), hoursOf(day));
            }
        }
        if (week.isEmpty()) {
            throw new BusinessException("sla.settings.noWorkingDay");
        }
        BusinessCalendar calendar;
        if (entry.getId() == null) {
            calendar = new BusinessCalendar(name, zone);
            em.persist(calendar);
        } else {
            calendar = find(BusinessCalendar.class, entry.getId());
            SettingChangedException.unlessCurrent(calendar.getVersion(), entry.getVersion(), calendar.getName());
            // The working hours are rows of their own: changing them is a change of the calendar.
            em.lock(calendar, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            calendar.rename(name, zone);
        }
        calendar.setWeek(week);
        em.flush();
        return calendar.getId();
    }

    public void addHoliday(long calendarId, @NotNull LocalDate date, @NotBlank String name) {
        // Refused with a message rather than by method validation, which the page could only show as an error.
        if (name.strip().length() > BusinessHoliday.NAME_MAX) {
            throw new BusinessException("sla.settings.holidayNameTooLong", BusinessHoliday.NAME_MAX);
        }
        BusinessCalendar calendar = find(BusinessCalendar.class, calendarId);
        if (calendar.getHolidays().stream().anyMatch(h -> h.getDate().equals(date))) {
            throw new BusinessException("sla.settings.holidayExists", date.toString());
        }
        calendar.addHoliday(date, name);
    }

    public void removeHoliday(long calendarId, long holidayId) {
        if (!find(BusinessCalendar.class, calendarId).removeHoliday(holidayId)) {
            throw new NotFoundException();
        }
    }

    /** Deletes a calendar no service level counts on. */
    public void deleteCalendar(long id) {
        BusinessCalendar calendar = find(BusinessCalendar.class, id);
        long uses = em.createQuery("SELECT COUNT(l) FROM ServiceLevel l WHERE l.calendar = :c", Long.class)
                .setParameter("c", calendar)
                .getSingleResult();
        if (uses > 0) {
            throw new StillInUseException(calendar.getName(), uses);
        }
        em.remove(calendar);
    }

    /** The time zones a calendar may be in, by their IANA names. */
    public List<String> timeZones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted()
                .toList();
    }

    // Service levels

    public List<ServiceLevelEntry> serviceLevels() {
        Long defaultId = defaultLevelId().orElse(null);
        return em.createQuery("SELECT l FROM ServiceLevel l ORDER BY l.name", ServiceLevel.class)
                .getResultStream()
                .map(l -> ServiceLevelEntry.of(l, l.getId().equals(defaultId)))
                .toList();
    }

    /** Adds a level (no id) or changes one; returns its id. */
    public long saveServiceLevel(@NotNull @Valid ServiceLevelEntry entry) {
        String name = entry.getName().strip();
        List<ServiceLevel> sameName = em.createQuery(
                        "SELECT l FROM ServiceLevel l WHERE LOWER(l.name) = :name", ServiceLevel.class)
                .setParameter("name", name.toLowerCase())
                .getResultList();
        if (sameName.stream().anyMatch(l -> !l.getId().equals(entry.getId()))) {
            throw new DuplicateNameException(name);
        }
        BusinessCalendar calendar = find(BusinessCalendar.class, entry.getCalendarId());
        for (TargetEntry target : entry.getTargets()) {
            if (!target.isEmpty() && target.responseTotal() <= 0) {
                throw new BusinessException(
                        "sla.settings.responseRequired", target.getSeverity().name());
            }
            if (!target.isEmpty() && target.resolutionTotal() < target.responseTotal()) {
                throw new BusinessException(
                        "sla.settings.resolutionBeforeResponse",
                        target.getSeverity().name());
            }
        }
        ServiceLevel level;
        if (entry.getId() == null) {
            level = new ServiceLevel(name, calendar);
            em.persist(level);
        } else {
            level = find(ServiceLevel.class, entry.getId());
            SettingChangedException.unlessCurrent(level.getVersion(), entry.getVersion(), level.getName());
            // The targets are rows of their own: changing them is a change of the level.
            em.lock(level, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            level.rename(name, calendar);
        }
        for (TargetEntry target : entry.getTargets()) {
            level.setTarget(
                    target.getSeverity(),
                    target.isEmpty() ? null : target.responseTotal(),
                    target.isEmpty() ? null : target.resolutionTotal());
        }
        em.flush();
        return level.getId();
    }

    /** Deletes a level no contract has; the default level stops being the default. */
    public void deleteServiceLevel(long id) {
        ServiceLevel level = find(ServiceLevel.class, id);
        long uses = em.createQuery("SELECT COUNT(k) FROM Contract k WHERE k.serviceLevel = :l", Long.class)
                .setParameter("l", level)
                .getSingleResult();
        if (uses > 0) {
            throw new StillInUseException(level.getName(), uses);
        }
        if (defaultLevelId().filter(level.getId()::equals).isPresent()) {
            chooseDefault(null);
        }
        em.remove(level);
    }

    /** The id of the level of cases without a contract; none means such cases have no targets. */
    public Optional<Long> defaultLevelId() {
        return Optional.ofNullable(em.find(PortalSetting.class, Setting.DEFAULT_SERVICE_LEVEL.key()))
                .map(PortalSetting::getValue)
                .filter(v -> v != null && v.matches("\\d{1,18}"))
                .map(Long::valueOf);
    }

    /** Chooses the level of cases without a contract, or none ({@code null}). */
    public void chooseDefault(Long levelId) {
        String value = levelId == null
                ? null
                : find(ServiceLevel.class, levelId).getId().toString();
        PortalSetting setting = em.find(PortalSetting.class, Setting.DEFAULT_SERVICE_LEVEL.key());
        if (setting == null) {
            em.persist(new PortalSetting(Setting.DEFAULT_SERVICE_LEVEL.key(), value));
        } else {
            setting.setValue(value);
        }
    }

    private static String zoneOf(String name) {
        try {
            return ZoneId.of(name.strip()).getId();
        } catch (DateTimeException e) {
            throw new BusinessException("sla.settings.unknownZone", name);
        }
    }

    private static BusinessClock.Hours hoursOf(DayEntry day) {
        String opens = day.getOpens() == null ? "" : day.getOpens().strip();
        String closes = day.getCloses() == null ? "" : day.getCloses().strip();
        if (opens.isEmpty() || closes.isEmpty()) {
            throw new BusinessException(
                    "sla.settings.hoursRequired", day.getDay().name());
        }
        // 24:00 is stored as the day's last second, which the clock counts as the end of the day.
        LocalTime close = "24:00".equals(closes) ? LocalTime.of(23, 59, 59) : LocalTime.parse(closes);
        LocalTime open = LocalTime.parse(opens);
        if (!open.isBefore(close)) {
            throw new BusinessException(
                    "sla.settings.closesBeforeOpens", day.getDay().name());
        }
        return new BusinessClock.Hours(open, close);
    }

    private <T> T find(Class<T> type, long id) {
        return Optional.ofNullable(em.find(type, id)).orElseThrow(NotFoundException::new);
    }
}

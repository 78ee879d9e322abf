package com.serviceportal.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts time on a business calendar: only the working hours of working days count, holidays do not.
 * The hours are local times of the calendar's zone, so an office that opens at 08:00 opens at 08:00
 * on both sides of a daylight-saving change; the instants are the same wherever the viewer is.
 *
 * <p>A closing time of 23:59:59 means the end of the day (the schema cannot hold 24:00), so a
 * calendar open 00:00-23:59:59 every day counts around the clock.
 */
public final class BusinessClock {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** How far ahead a due time is looked for: a calendar with no working day at all has none. */
    private static final int MAX_DAYS = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, Hours> week;
    private final Set<LocalDate> holidays;

    /** The hours of one working day, local times; {@code closes} after {@code opens}. */
    public record Hours(LocalTime opens, LocalTime closes) {
        public Hours {
            Objects.requireNonNull(opens);
            Objects.requireNonNull(closes);
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("A working day closes after it opens: " + opens + "-" + closes);
            }
        }
    }

    public BusinessClock(ZoneId zone, Map<DayOfWeek, Hours> week, Set<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone);
        this.week = week.isEmpty() ? Map.of() : new EnumMap<>(week);
        this.holidays = Set.copyOf(holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant {@code minutes} business minutes after {@code start}. */
    public Instant plusMinutes(Instant start, long minutes) {
        return plus(start, Duration.ofMinutes(minutes));
    }

    /**
     * The instant {@code amount} of business time after {@code start}: the moment within working
     * hours when that much working time has passed; {@code start} itself for none.
     */
    public Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Business time to add is negative: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Duration left = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            Interval open = openOn(day);
            if (open == null || !open.end.isAfter(start)) {
                continue;
            }
            Instant from = open.start.isAfter(start) ? open.start : start;
            Duration available = Duration.between(from, open.end);
            if (left.compareTo(available) <= 0) {
                return from.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("The calendar has no working hours within " + MAX_DAYS + " days");
    }

    /** Whole business minutes between two instants; negative when {@code to} is before {@code from}. */
    public long minutesBetween(Instant from, Instant to) {
        return between(from, to).toMinutes();
    }

    /** The working time between two instants; negative when {@code to} is before {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Interval open = openOn(day);
            if (open == null) {
                continue;
            }
            Instant start = open.start.isAfter(from) ? open.start : from;
            Instant end = open.end.isBefore(to) ? open.end : to;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** Whether the calendar counts this moment as working time. */
    public boolean isWorking(Instant moment) {
        Interval open = openOn(moment.atZone(zone).toLocalDate());
        return open != null && !moment.isBefore(open.start) && moment.isBefore(open.end);
    }

    private Interval openOn(LocalDate day) {
        Hours hours = week.get(day.getDayOfWeek());
        if (hours == null || holidays.contains(day)) {
            return null;
        }
        // ZonedDateTime moves a local time that a spring change skips to just after the gap.
        Instant opens = ZonedDateTime.of(day, hours.opens(), zone).toInstant();
        Instant closes = hours.closes().isBefore(END_OF_DAY)
                ? ZonedDateTime.of(day, hours.closes(), zone).toInstant()
                : day.plusDays(1).atStartOfDay(zone).toInstant();
        return closes.isAfter(opens) ? new Interval(opens, closes) : null;
    }

    private record Interval(Instant start, Instant end) {}
}

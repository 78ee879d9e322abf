package com.serviceportal.calendar;

import com.serviceportal.platform.BusinessException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The days a calendar shows: from the first day up to, not including, the last.
 *
 * @param from the first day
 * @param until the day after the last
 */
public record CalendarPeriod(LocalDate from, LocalDate until) implements Serializable {

    /** The longest period read at once: the feed's year and a quarter, more than any view shows. */
    public static final int MAX_DAYS = 500;

    public CalendarPeriod {
        if (from == null || until == null || !until.isAfter(from) || ChronoUnit.DAYS.between(from, until) > MAX_DAYS) {
            throw new BusinessException("calendar.error.period", MAX_DAYS);
        }
    }

    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    public LocalDateTime end() {
        return until.atStartOfDay();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }
}

package com.serviceportal.calendar;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of the calendar, in the server's local time.
 *
 * @param uid the entry's identity, the same at every reading (the feed's UID)
 * @param kind what it is about
 * @param title what the calendar shows, in the reader's language
 * @param start when it begins; midnight of its day when all day
 * @param end when it ends; the next day's midnight when all day
 * @param allDay whether it takes a day rather than an hour
 * @param path the page that opens the item, from the portal's root (starts with a slash)
 */
public record CalendarEntry(
        String uid,
        CalendarKind kind,
        String title,
        LocalDateTime start,
        LocalDateTime end,
        boolean allDay,
        String path)
        implements Serializable {

    public CalendarEntry {
        Objects.requireNonNull(uid);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
    }

    /** An entry that takes the whole of one day. */
    public static CalendarEntry onDay(
            String uid, CalendarKind kind, String title, java.time.LocalDate day, String path) {
        return new CalendarEntry(
                uid, kind, title, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), true, path);
    }
}

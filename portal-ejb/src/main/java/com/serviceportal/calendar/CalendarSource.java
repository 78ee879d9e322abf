package com.serviceportal.calendar;

import java.util.List;

/**
 * One kind of calendar entry and where it comes from. Each source is a CDI bean of its own, and the
 * calendar asks all of them; a source narrows its query by the request's scope.
 */
public interface CalendarSource {

    /** The kinds of entry it gives, for the calendar's legend. */
    List<CalendarKind> kinds();

    /** The entries of the period that the request's scope sees. */
    List<CalendarEntry> entries(CalendarRequest request);

    /** Whether the desk's team calendar shows this kind too: the technicians' own work. */
    default boolean teamWork() {
        return false;
    }
}

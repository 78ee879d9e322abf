package com.serviceportal.calendar;

/** What an entry is about; each kind has its own colour in the calendar and its own legend line. */
public enum CalendarKind {
    /** A technician's visit for a work order. */
    VISIT,
    /** A contract starts or ends. */
    CONTRACT,
    /** A "support hours by month" contract restores its hours. */
    ROLLOVER,
    /** A milestone of a project's work list. */
    MILESTONE
}

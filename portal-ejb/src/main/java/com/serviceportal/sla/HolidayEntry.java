package com.serviceportal.sla;

import java.io.Serializable;
import java.time.LocalDate;

/** One holiday of a calendar as its screen lists it. */
public final class HolidayEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final LocalDate date;
    private final String name;

    HolidayEntry(long id, LocalDate date, String name) {
        this.id = id;
        this.date = date;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }
}

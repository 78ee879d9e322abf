package com.serviceportal.sla;

import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The hours of one weekday on the calendar screen, as "HH:mm" texts; a day not worked has none. */
public class DayEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TIME = "^$|^([01]\\d|2[0-3]):[0-5]\\d$";

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private DayOfWeek day;

    private boolean worked;

    @Pattern(regexp = TIME, message = "{sla.settings.timeFormat}")
    private String opens;

    /** "24:00" is accepted for the end of the day. */
    @Pattern(regexp = TIME + "|^24:00$", message = "{sla.settings.timeFormat}")
    private String closes;

    public DayEntry() {}

    DayEntry(DayOfWeek day, boolean worked, String opens, String closes) {
        this.day = day;
        this.worked = worked;
        this.opens = opens;
        this.closes = closes;
    }

    static String format(LocalTime time) {
        return time.isBefore(LocalTime.of(23, 59, 59)) ? HH_MM.format(time) : "24:00";
    }

    public DayOfWeek getDay() {
        return day;
    }

    public void setDay(DayOfWeek day) {
        this.day = day;
    }

    public boolean isWorked() {
        return worked;
    }

    public void setWorked(boolean worked) {
        this.worked = worked;
    }

    public String getOpens() {
        return opens;
    }

    public void setOpens(String opens) {
        this.opens = opens;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }

    /** The day's hours as the form shows them, e.g. 08:00-17:00; empty when not worked. */
    String hours() {
        return worked ? opens + "-" + closes : "";
    }
}

/**
 * The calendar: what happens on which day for the customers a caller sees (work orders' visits,
 * contract dates), for the portal's Calendar tab, the desk's team calendar and each contact's
 * personal iCalendar feed. Every kind of entry comes from one {@link CalendarSource}; a new kind is a
 * new source. Reads only, through the caller's scope; the feed's secret address is the one thing it
 * stores. Calls {@code orders}, {@code contracts}, {@code customers}, {@code settings},
 * {@code security} and {@code platform}.
 */
package com.serviceportal.calendar;

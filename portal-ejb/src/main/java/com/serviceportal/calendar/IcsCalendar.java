package com.serviceportal.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Calendar entries as an RFC 5545 calendar: all-day entries as DATE values, timed ones in UTC, each
 * with a UID that stays the same at every reading, so a subscribed program updates rather than adds.
 */
final class IcsCalendar {

    private static final String PRODUCT = "-//Service Portal//Calendar//EN";

    private IcsCalendar() {}

    static String write(List<CalendarEntry> entries, String portalAddress, String name) {
        ZoneId zone = ZoneId.systemDefault();
        String host = URI.create(portalAddress.isBlank() ? "http://localhost" : portalAddress)
                .getHost();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (CalendarEntry entry : entries) {
            VEvent event = entry.allDay()
                    ? new VEvent(entry.start().toLocalDate(), entry.end().toLocalDate(), entry.title())
                    : new VEvent(
                            entry.start().atZone(zone).toInstant(),
                            entry.end().atZone(zone).toInstant(),
                            entry.title());
            event.replace(new DtStamp(now));
            event.add(new Uid(entry.uid() + "@" + (host == null ? "serviceportal" : host)));
            event.add(new Categories(entry.kind().name()));
            if (entry.path() != null) {
                event.add(new Url(URI.create(portalAddress.replaceAll("/$", "") + entry.path())));
            }
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}

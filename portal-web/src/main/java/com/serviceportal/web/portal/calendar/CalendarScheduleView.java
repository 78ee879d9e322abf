package com.serviceportal.web.portal.calendar;

import com.serviceportal.calendar.CalendarEntry;
import com.serviceportal.calendar.CalendarKind;
import com.serviceportal.calendar.CalendarPeriod;
import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleModel;

/**
 * What the portal's and the desk's calendar pages share: the schedule, which reads the entries of
 * the days it shows, and the same entries as a table for screen readers and the keyboard. An entry
 * is a link to its item; its kind gives its colour ({@code calendar.css}).
 */
public abstract class CalendarScheduleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    private final ScheduleModel schedule = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            LocalDate until = end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? end.toLocalDate()
                    : end.toLocalDate().plusDays(1);
            for (CalendarEntry entry : show(new CalendarPeriod(start.toLocalDate(), until))) {
                addEvent(DefaultScheduleEvent.builder()
                        .id(entry.uid())
                        .title(entry.title())
                        .startDate(entry.start())
                        .endDate(entry.end())
                        .allDay(entry.allDay())
                        .display(ScheduleDisplayMode.BLOCK)
                        .styleClass(kindClass(entry.kind()))
                        .url(contextPath() + entry.path())
                        .build());
            }
        }
    };

    private List<ShownEntry> shown = List.of();
    private String shownDays;

    private List<CalendarKind> kinds = List.of();

    /** The entries of the period, as the page's reader may see them. */
    protected abstract List<CalendarEntry> read(CalendarPeriod period);

    /** The kinds of entry the page shows, for its legend. */
    protected abstract List<CalendarKind> readKinds();

    /** Reads this month for the table; a portal without the Calendar tab answers "not found". */
    public void load() {
        LocalDate first = LocalDate.now().withDayOfMonth(1);
        CalendarPeriod month = new CalendarPeriod(first, first.plusMonths(1));
        try {
            keep(month, read(month));
            kinds = readKinds();
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    /** Reads the period's entries and keeps them for the table. */
    private List<CalendarEntry> show(CalendarPeriod period) {
        List<CalendarEntry> entries;
        try {
            entries = read(period);
        } catch (BusinessException e) {
            feedback.error(e);
            entries = List.of();
        }
        keep(period, entries);
        return entries;
    }

    private void keep(CalendarPeriod period, List<CalendarEntry> entries) {
        Locale reader = reader();
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(reader);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", reader);
        shownDays = feedback.text(
                "calendar.tableDays",
                period.from().format(day),
                period.until().minusDays(1).format(day));
        shown = entries.stream()
                .map(entry -> new ShownEntry(
                        entry.allDay()
                                ? entry.start().format(day) + ", " + feedback.text("calendar.allDay")
                                : entry.start().format(day) + " "
                                        + entry.start().format(time) + "–"
                                        + entry.end().format(time),
                        feedback.text("calendar.kind." + entry.kind().name()),
                        kindClass(entry.kind()),
                        entry.title(),
                        contextPath() + entry.path()))
                .toList();
    }

    private static String kindClass(CalendarKind kind) {
        return "calendar-" + kind.name().toLowerCase(Locale.ROOT);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    private static Locale reader() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    public List<ShownEntry> getShown() {
        return shown;
    }

    public String getShownDays() {
        return shownDays;
    }

    /** The kinds the page shows, in the legend's order. */
    public List<CalendarKind> getKinds() {
        return kinds;
    }

    /** The server's time zone: entries are in its local time, and so is the schedule. */
    public String getZone() {
        return ZoneId.systemDefault().getId();
    }

    public String getLanguage() {
        return reader().getLanguage();
    }

    /**
     * One row of the table.
     *
     * @param when the day, or the day and hours
     * @param kind the kind's name
     * @param kindClass the kind's style class, for its colour
     * @param title what it is
     * @param url the item's page
     */
    public record ShownEntry(String when, String kind, String kindClass, String title, String url)
            implements Serializable {}
}

package com.serviceportal.web.portal.calendar;

import com.serviceportal.calendar.CalendarEntry;
import com.serviceportal.calendar.CalendarFeedService;
import com.serviceportal.calendar.CalendarKind;
import com.serviceportal.calendar.CalendarPeriod;
import com.serviceportal.calendar.CalendarService;
import com.serviceportal.calendar.FeedAddress;
import com.serviceportal.platform.BusinessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * A contact's calendar ({@code /portal/calendar/index.xhtml}): its sites' visits and its contract
 * dates, and its personal calendar address, shown once when made or renewed.
 */
@Named
@ViewScoped
public class CalendarView extends CalendarScheduleView {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarService calendar;

    @Inject
    private CalendarFeedService feeds;

    private FeedAddress address;
    private String madeAt;
    private String feedUrl;

    @Override
    public void load() {
        super.load();
        if (!FacesContext.getCurrentInstance().getResponseComplete()) {
            keep(feeds.address());
        }
    }

    @Override
    protected List<CalendarKind> readKinds() {
        return calendar.kinds();
    }

    @Override
    protected List<CalendarEntry> read(CalendarPeriod period) {
        return calendar.entries(period);
    }

    /** A new address; the former one stops working. */
    public void renew() {
        try {
            // "renewed" only where an address existed: the new one's version says nothing about that
            boolean hadOne = address.exists();
            keep(feeds.renew(address.version()));
            feedback.info(hadOne ? "calendar.feed.renewed" : "calendar.feed.made");
        } catch (BusinessException e) {
            feedback.error(e);
            keep(feeds.address());
        }
    }

    private void keep(FeedAddress shown) {
        address = shown;
        madeAt = shown.exists()
                ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(
                                FacesContext.getCurrentInstance().getViewRoot().getLocale())
                        .format(LocalDateTime.ofInstant(shown.madeAt(), ZoneId.systemDefault()))
                : null;
        feedUrl = shown.path() == null ? null : fullAddress(shown.path());
    }

    public FeedAddress getAddress() {
        return address;
    }

    /** When the address was made, as the reader writes dates. */
    public String getMadeAt() {
        return madeAt;
    }

    /** The address in full, right after it was made; {@code null} later. */
    public String getFeedUrl() {
        return feedUrl;
    }

    /** The address as this request reached the portal, followed by the path. */
    private static String fullAddress(String path) {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        String port = (request.getRequestScheme().equals("http") && request.getRequestServerPort() == 80)
                        || (request.getRequestScheme().equals("https") && request.getRequestServerPort() == 443)
                ? ""
                : ":" + request.getRequestServerPort();
        return request.getRequestScheme() + "://" + request.getRequestServerName() + port
                + request.getRequestContextPath() + path;
    }
}

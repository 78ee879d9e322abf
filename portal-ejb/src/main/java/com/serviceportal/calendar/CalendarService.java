package com.serviceportal.calendar;

import com.serviceportal.platform.Choice;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.Allowed;
import com.serviceportal.security.Audience;
import com.serviceportal.security.Caller;
import com.serviceportal.security.Internal;
import com.serviceportal.security.Role;
import com.serviceportal.security.UserAccount;
import com.serviceportal.settings.PortalSetting;
import com.serviceportal.settings.PortalTabs;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The calendar's entries: a contact's for the customers it sees, while the portal offers the
 * Calendar tab; the desk's team visits, of one technician or all. Every {@link CalendarSource}
 * contributes its kind.
 */
@Stateless
public class CalendarService {

    private static final Comparator<CalendarEntry> IN_TIME_ORDER = Comparator.comparing(CalendarEntry::start)
            .thenComparing(entry -> !entry.allDay())
            .thenComparing(CalendarEntry::title);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    @Any
    private Instance<CalendarSource> sources;

    /** The caller's entries of the period; a portal without the Calendar tab answers "not found". */
    @Allowed(Audience.CUSTOMERS)
    public List<CalendarEntry> entries(@NotNull CalendarPeriod period) {
        if (!portalOffersCalendar()) {
            throw new NotFoundException();
        }
        return entriesOf(caller.scope(), period, caller.language());
    }

    /** The team's visits of the period: one technician's, or everyone's when {@code technicianId} is null. */
    @Allowed(Audience.STAFF)
    public List<CalendarEntry> teamVisits(@NotNull CalendarPeriod period, Long technicianId) {
        return collect(
                new CalendarRequest(em, caller.scope(), period, technicianId, new CalendarTexts(caller.language())),
                CalendarSource::teamWork);
    }

    /** The kinds of entry a contact's calendar shows, in the legend's order. */
    @Allowed(Audience.CUSTOMERS)
    public List<CalendarKind> kinds() {
        return kindsOf(source -> true);
    }

    /** The kinds of entry the team calendar shows. */
    @Allowed(Audience.STAFF)
    public List<CalendarKind> teamKinds() {
        return kindsOf(CalendarSource::teamWork);
    }

    /** The staff who may be sent out, for the desk's picker. */
    @Allowed(Audience.STAFF)
    public List<Choice> technicians() {
        return em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.role <> :customer AND a.enabled = TRUE ORDER BY a.displayName",
                        UserAccount.class)
                .setParameter("customer", Role.CUSTOMER)
                .getResultStream()
                .map(a -> new Choice(a.getId(), a.getDisplayName()))
                .toList();
    }

    /** Whether the portal offers the Calendar tab, and with it the contacts' feeds. */
    @Internal
    public boolean portalOffersCalendar() {
        PortalSetting row = em.find(PortalSetting.class, PortalTabs.CALENDAR);
        return row != null && Boolean.parseBoolean(row.getValue());
    }

    /** Every kind of entry of the period that the scope sees, titled in the language. */
    @Internal
    public List<CalendarEntry> entriesOf(AccessScope scope, CalendarPeriod period, Locale language) {
        return collect(new CalendarRequest(em, scope, period, null, new CalendarTexts(language)), source -> true);
    }

    private List<CalendarKind> kindsOf(Predicate<CalendarSource> asked) {
        return sources.stream()
                .filter(asked)
                .flatMap(source -> source.kinds().stream())
                .distinct()
                .sorted()
                .toList();
    }

    private List<CalendarEntry> collect(CalendarRequest request, Predicate<CalendarSource> asked) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (CalendarSource source : sources) {
            if (asked.test(source)) {
                entries.addAll(source.entries(request));
            }
        }
        entries.sort(IN_TIME_ORDER);
        return entries;
    }
}

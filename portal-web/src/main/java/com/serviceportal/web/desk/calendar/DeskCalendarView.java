package com.serviceportal.web.desk.calendar;

import com.serviceportal.calendar.CalendarEntry;
import com.serviceportal.calendar.CalendarKind;
import com.serviceportal.calendar.CalendarPeriod;
import com.serviceportal.calendar.CalendarService;
import com.serviceportal.platform.Choice;
import com.serviceportal.web.portal.calendar.CalendarScheduleView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The desk's team calendar ({@code /desk/calendar/index.xhtml}): one technician's visits, or the whole team's. */
@Named
@ViewScoped
public class DeskCalendarView extends CalendarScheduleView {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarService calendar;

    private Long technicianId;
    private List<Choice> technicians = List.of();

    @Override
    public void load() {
        technicians = calendar.technicians();
        super.load();
    }

    @Override
    protected List<CalendarKind> readKinds() {
        return calendar.teamKinds();
    }

    @Override
    protected List<CalendarEntry> read(CalendarPeriod period) {
        return calendar.teamVisits(period, technicianId);
    }

    public Long getTechnicianId() {
        return technicianId;
    }

    public void setTechnicianId(Long technicianId) {
        this.technicianId = technicianId;
    }

    public List<Choice> getTechnicians() {
        return technicians;
    }
}

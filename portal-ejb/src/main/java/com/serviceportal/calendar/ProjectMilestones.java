package com.serviceportal.calendar;

import com.serviceportal.projects.Milestone;
import com.serviceportal.projects.Milestones;
import com.serviceportal.settings.PortalSetting;
import com.serviceportal.settings.PortalTabs;
import jakarta.enterprise.context.Dependent;
import java.util.List;

/**
 * Project milestones, all day on their planned date: of the projects the scope sees (a contact's
 * chosen projects only), and for a contact only while the portal offers the Projects tab, as the
 * project pages do.
 */
@Dependent
public class ProjectMilestones implements CalendarSource {

    @Override
    public List<CalendarKind> kinds() {
        return List.of(CalendarKind.MILESTONE);
    }

    @Override
    public List<CalendarEntry> entries(CalendarRequest request) {
        if (!request.scope().isStaff() && !projectsOffered(request)) {
            return List.of();
        }
        CalendarPeriod period = request.period();
        List<Milestone> milestones = Milestones.of(
                request.em(), request.scope(), period.from(), period.until().minusDays(1));
        String page =
                request.scope().isStaff() ? "/desk/projects/edit.xhtml?id=" : "/portal/projects/project.xhtml?id=";
        return milestones.stream()
                .map(m -> CalendarEntry.onDay(
                        "milestone-" + m.projectId() + "-" + m.date() + "-"
                                + m.name().hashCode(),
                        CalendarKind.MILESTONE,
                        request.texts().text("milestone", m.name(), m.projectNumber(), m.projectName()),
                        m.date(),
                        page + m.projectId()))
                .toList();
    }

    /** Read from the row itself: a feed is read without a signed-in caller, whom the settings service asks for. */
    private static boolean projectsOffered(CalendarRequest request) {
        PortalSetting row = request.em().find(PortalSetting.class, PortalTabs.PROJECTS);
        return row != null && Boolean.parseBoolean(row.getValue());
    }
}

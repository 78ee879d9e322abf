package com.serviceportal.web.portal.projects;

import com.serviceportal.platform.BusinessException;
import com.serviceportal.platform.ChangedMeanwhileException;
import com.serviceportal.platform.NotFoundException;
import com.serviceportal.projects.ChangeRow;
import com.serviceportal.projects.ProjectDetails;
import com.serviceportal.projects.ProjectService;
import com.serviceportal.projects.WorkItemEntry;
import com.serviceportal.projects.WorkItemKind;
import com.serviceportal.web.Feedback;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;

/**
 * A project as the contact sees it ({@code /portal/projects/project.xhtml?id=…}): objectives, the
 * work list as a timeline with its table, the project's cases, its requests for change (which an
 * authorised contact approves or rejects with a comment) and its lines.
 */
@Named
@ViewScoped
public class PortalProjectView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    @Inject
    private Feedback feedback;

    @Inject
    private NotFoundResponse notFound;

    private Long id;
    private ProjectDetails project;
    private TimelineModel<String, String> timeline;

    /** The comment typed beside each waiting request for change, by its id. */
    private final Map<Long, String> comments = new HashMap<>();

    public void load() {
        if (id == null) {
            notFound.send();
            return;
        }
        try {
            read();
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public void approve(ChangeRow change) {
        decide(change, true);
    }

    public void reject(ChangeRow change) {
        decide(change, false);
    }

    private void decide(ChangeRow change, boolean approve) {
        try {
            ChangeRow decided =
                    projects.decideChange(change.id(), change.version(), approve, comments.get(change.id()));
            feedback.info(approve ? "project.change.approved" : "project.change.rejected", decided.number());
            comments.remove(change.id());
        } catch (ChangedMeanwhileException e) {
            feedback.error(e);
        } catch (BusinessException e) {
            feedback.error(e);
        }
        read();
    }

    private void read() {
        project = projects.project(id);
        timeline = new TimelineModel<>();
        for (WorkItemEntry item : project.workItems()) {
            if (item.getPlannedEnd() == null) {
                continue;
            }
            boolean milestone = item.getKind() == WorkItemKind.MILESTONE || item.getPlannedStart() == null;
            var event = TimelineEvent.<String>builder()
                    .data(item.getName())
                    .title(item.getName())
                    .startDate(milestone ? item.getPlannedEnd() : item.getPlannedStart())
                    .styleClass(milestone ? "timeline-milestone" : "timeline-task")
                    .editable(false);
            if (!milestone) {
                event.endDate(item.getPlannedEnd().plusDays(1));
            }
            timeline.add(event.build());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectDetails getProject() {
        return project;
    }

    public TimelineModel<String, String> getTimeline() {
        return timeline;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}

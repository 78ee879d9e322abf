package com.serviceportal.web.portal.projects;

import com.serviceportal.platform.NotFoundException;
import com.serviceportal.projects.ProjectRow;
import com.serviceportal.projects.ProjectService;
import com.serviceportal.web.NotFoundResponse;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The projects the contact may see ({@code /portal/projects/list.xhtml}); while the Projects tab is
 * off the page answers "not found", as a project's page does (decision 0050).
 */
@Named
@ViewScoped
public class PortalProjectListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    @Inject
    private NotFoundResponse notFound;

    private List<ProjectRow> rows = List.of();

    public void load() {
        try {
            rows = projects.visibleProjects();
        } catch (NotFoundException e) {
            notFound.send();
        }
    }

    public List<ProjectRow> getRows() {
        return rows;
    }
}

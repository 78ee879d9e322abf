package com.serviceportal.web.portal.projects;

import com.serviceportal.projects.ProjectRow;
import com.serviceportal.projects.ProjectService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The projects the contact may see ({@code /portal/projects/list.xhtml}). */
@Named
@ViewScoped
public class PortalProjectListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    private List<ProjectRow> rows = List.of();

    public void load() {
        rows = projects.visibleProjects();
    }

    public List<ProjectRow> getRows() {
        return rows;
    }
}

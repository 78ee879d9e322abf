package com.serviceportal.web.desk.projects;

import com.serviceportal.projects.ProjectChoices;
import com.serviceportal.projects.ProjectRow;
import com.serviceportal.projects.ProjectService;
import com.serviceportal.projects.ProjectStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The desk's projects ({@code /desk/projects/list.xhtml}): search by number or name, status and customer. */
@Named
@ViewScoped
public class DeskProjectListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    private String search;
    private ProjectStatus status;
    private Long customerId;
    private ProjectChoices choices;
    private List<ProjectRow> rows = List.of();

    public void load() {
        if (choices == null) {
            choices = projects.choices(null);
        }
        filter();
    }

    public void filter() {
        rows = projects.deskProjects(search, status, customerId);
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public ProjectChoices getChoices() {
        return choices;
    }

    public List<ProjectRow> getRows() {
        return rows;
    }
}

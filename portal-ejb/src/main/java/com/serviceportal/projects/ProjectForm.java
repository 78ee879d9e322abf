package com.serviceportal.projects;

import com.serviceportal.platform.Difference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The desk's project form: the project, its objectives, work list and lines, saved together with the
 * version the page read ({@code id} {@code null} for a new project).
 */
public class ProjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotNull
    private Long customerId;

    @NotBlank
    @Size(max = 32)
    private String number;

    @NotBlank
    @Size(max = 120)
    private String name;

    @Size(max = 4000)
    private String description;

    @NotNull
    private ProjectStatus status = ProjectStatus.PLANNED;

    private LocalDate start;
    private LocalDate end;
    private Long managerId;

    @Digits(integer = 12, fraction = 2)
    private BigDecimal budget;

    @Valid
    private List<ObjectiveEntry> objectives = new ArrayList<>();

    @Valid
    private List<WorkItemEntry> workItems = new ArrayList<>();

    @Valid
    private List<LineEntry> lines = new ArrayList<>();

    /**
     * The fields whose stored value differs from what this form holds; a list differs when its
     * entries' names do (objectives by their text, work items by name, lines by article).
     */
    public List<Difference> differencesFrom(ProjectForm current, ProjectChoices choices) {
        return Difference.collect()
                .value("project.number", current.number, number)
                .value("project.name", current.name, name)
                .choice("project.customer", current.customerId, customerId, choices.customers())
                .value("project.description", current.description, description)
                .named("project.status", current.status, status, "projectStatus.")
                .value("project.start", current.start, start)
                .value("project.end", current.end, end)
                .choice("project.manager", current.managerId, managerId, choices.managers())
                .value("project.budget", current.budget, budget)
                .value(
                        "project.tab.objectives",
                        names(current.objectives, ObjectiveEntry::getText),
                        names(objectives, ObjectiveEntry::getText))
                .value(
                        "project.tab.work",
                        names(current.workItems, WorkItemEntry::getName),
                        names(workItems, WorkItemEntry::getName))
                .value(
                        "project.tab.lines",
                        names(current.lines, LineEntry::getArticle),
                        names(lines, LineEntry::getArticle))
                .list();
    }

    /** Keeps what was typed, to be saved again over the project as it now stands. */
    public void rebaseOn(ProjectForm current) {
        version = current.version;
    }

    private static <T> String names(List<T> entries, Function<T, String> name) {
        return entries.stream().map(name).collect(Collectors.joining(", "));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public List<ObjectiveEntry> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<ObjectiveEntry> objectives) {
        this.objectives = objectives;
    }

    public List<WorkItemEntry> getWorkItems() {
        return workItems;
    }

    public void setWorkItems(List<WorkItemEntry> workItems) {
        this.workItems = workItems;
    }

    public List<LineEntry> getLines() {
        return lines;
    }

    public void setLines(List<LineEntry> lines) {
        this.lines = lines;
    }
}

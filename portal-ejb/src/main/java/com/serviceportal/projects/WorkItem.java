package com.serviceportal.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A task or milestone of the project's work list, saved with its project and its version. A
 * milestone's date is its planned end, which the calendar lists.
 */
@Entity
@Table(name = "project_work_item")
public class WorkItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_part_seq")
    @SequenceGenerator(name = "project_part_seq", sequenceName = "project_part_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkItemKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkItemStatus status;

    @Column(name = "percent_done", nullable = false)
    private int percentDone;

    protected WorkItem() {}

    WorkItem(Project project, int sortOrder, WorkItemEntry entry) {
        this.project = project;
        this.sortOrder = sortOrder;
        this.kind = entry.getKind();
        this.name = entry.getName().strip();
        // a milestone is one day: its planned start is its date
        this.plannedEnd = entry.getPlannedEnd();
        this.plannedStart = kind == WorkItemKind.MILESTONE ? entry.getPlannedEnd() : entry.getPlannedStart();
        this.actualStart = entry.getActualStart();
        this.actualEnd = entry.getActualEnd();
        this.status = entry.getStatus();
        this.percentDone = status == WorkItemStatus.DONE ? 100 : entry.getPercentDone();
    }

    WorkItemEntry entry() {
        WorkItemEntry entry = new WorkItemEntry();
        entry.setKind(kind);
        entry.setName(name);
        entry.setPlannedStart(plannedStart);
        entry.setPlannedEnd(plannedEnd);
        entry.setActualStart(actualStart);
        entry.setActualEnd(actualEnd);
        entry.setStatus(status);
        entry.setPercentDone(percentDone);
        return entry;
    }

    public Project getProject() {
        return project;
    }

    public WorkItemKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }
}

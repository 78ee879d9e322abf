package com.serviceportal.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What the project is to achieve, and whether it has; saved with its project and its version. */
@Entity
@Table(name = "project_objective")
public class Objective {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_part_seq")
    @SequenceGenerator(name = "project_part_seq", sequenceName = "project_part_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "objective", nullable = false)
    private String text;

    @Column(nullable = false)
    private boolean achieved;

    protected Objective() {}

    Objective(Project project, int sortOrder, ObjectiveEntry entry) {
        this.project = project;
        this.sortOrder = sortOrder;
        this.text = entry.getText().strip();
        this.achieved = entry.isAchieved();
    }

    ObjectiveEntry entry() {
        ObjectiveEntry entry = new ObjectiveEntry();
        entry.setText(text);
        entry.setAchieved(achieved);
        return entry;
    }
}

package com.serviceportal.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One project as its page shows it to the caller: the lines carry purchase prices only when
 * {@code purchasePrices} (staff, or a contact with that option), and {@code mayDecide} says whether
 * the caller may approve or reject its waiting requests for change.
 */
public record ProjectDetails(
        long id,
        long version,
        String number,
        String name,
        String description,
        ProjectStatus status,
        LocalDate start,
        LocalDate end,
        long customerId,
        String customer,
        String manager,
        BigDecimal budget,
        List<ObjectiveEntry> objectives,
        List<WorkItemEntry> workItems,
        List<ChangeRow> changes,
        List<LineEntry> lines,
        List<ProjectIssue> issues,
        boolean purchasePrices,
        boolean mayDecide)
        implements Serializable {

    public ProjectDetails {
        objectives = List.copyOf(objectives);
        workItems = List.copyOf(workItems);
        changes = List.copyOf(changes);
        lines = List.copyOf(lines);
        issues = List.copyOf(issues);
    }

    /** The line values added up: price, and purchase price when shown. */
    public BigDecimal total() {
        return lines.stream().map(LineEntry::getPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long achievedObjectives() {
        return objectives.stream().filter(ObjectiveEntry::isAchieved).count();
    }
}

package com.serviceportal.projects;

import com.serviceportal.customers.Contact;
import com.serviceportal.security.AccessScope;
import com.serviceportal.security.ScopeCondition;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The milestones a scope sees: of its customers' projects and, for a contact given chosen projects,
 * only those. One query for the project pages' callers and for the calendar, whose feed reads a
 * contact's scope without a signed-in caller. A contact scope without its contact sees none.
 */
public final class Milestones {

    private Milestones() {}

    /** Planned from {@code from} to {@code to}, both included, by date. */
    public static List<Milestone> of(EntityManager em, AccessScope scope, LocalDate from, LocalDate to) {
        Contact contact = null;
        if (!scope.isStaff()) {
            contact = scope.contactId() == null ? null : em.find(Contact.class, scope.contactId());
            if (contact == null) {
                return List.of();
            }
        }
        ScopeCondition visible = ScopeCondition.customers(scope, "p.customer.id");
        Map<String, Object> parameters = new LinkedHashMap<>(visible.parameters());
        String chosen = ProjectService.chosenProjects(contact, "p.id", parameters);
        TypedQuery<WorkItem> query = em.createQuery(
                "SELECT w FROM WorkItem w JOIN FETCH w.project p WHERE w.kind = :milestone"
                        + " AND w.plannedEnd BETWEEN :from AND :to AND " + visible.text() + " AND " + chosen
                        + " ORDER BY w.plannedEnd, p.number",
                WorkItem.class);
        parameters.forEach(query::setParameter);
        return query.setParameter("milestone", WorkItemKind.MILESTONE)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(w -> new Milestone(
                        w.getProject().getId(),
                        w.getProject().getNumber(),
                        w.getProject().getName(),
                        w.getName(),
                        w.getPlannedEnd()))
                .toList();
    }
}

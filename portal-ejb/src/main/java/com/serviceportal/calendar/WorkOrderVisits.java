package com.serviceportal.calendar;

import com.serviceportal.orders.OrderStatus;
import com.serviceportal.orders.WorkOrder;
import com.serviceportal.security.ScopeCondition;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Work orders' visits: at the visit's time when the desk set one, else all day on the planned date.
 * Cancelled orders are left out.
 */
@Dependent
public class WorkOrderVisits implements CalendarSource {

    /** The order keeps when the technician comes, not for how long: the calendar shows an hour. */
    static final Duration VISIT_LENGTH = Duration.ofHours(1);

    /** More than a month of any team's visits; a calendar is not a report. */
    private static final int LIMIT = 2000;

    @Override
    public List<CalendarKind> kinds() {
        return List.of(CalendarKind.VISIT);
    }

    @Override
    public List<CalendarEntry> entries(CalendarRequest request) {
        ScopeCondition visible = ScopeCondition.customers(request.scope(), "o.site.id");
        ZoneId zone = ZoneId.systemDefault();
        String jpql = "SELECT o FROM WorkOrder o JOIN FETCH o.site WHERE " + visible.text()
                + " AND o.status <> :cancelled"
                + " AND ((o.visitAt >= :fromAt AND o.visitAt < :untilAt)"
                + " OR (o.visitAt IS NULL AND o.plannedDate >= :from AND o.plannedDate < :until))"
                + (request.technicianId() == null ? "" : " AND o.technician.id = :technician")
                + " ORDER BY o.number";
        TypedQuery<WorkOrder> query = visible.bind(request.em().createQuery(jpql, WorkOrder.class))
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .setParameter("fromAt", request.period().start().atZone(zone).toInstant())
                .setParameter("untilAt", request.period().end().atZone(zone).toInstant())
                .setParameter("from", request.period().from())
                .setParameter("until", request.period().until());
        if (request.technicianId() != null) {
            query.setParameter("technician", request.technicianId());
        }
        String pages = request.scope().isStaff() ? "/desk/orders/order.xhtml?id=" : "/portal/orders/order.xhtml?id=";
        return query.setMaxResults(LIMIT)
                .getResultStream()
                .map(order -> {
                    String uid = "visit-" + order.getId();
                    String title = request.texts()
                            .text(
                                    "visit",
                                    Long.toString(order.getNumber()),
                                    order.getDescription(),
                                    order.getSite().getName());
                    String path = pages + order.getId();
                    if (order.getVisitAt() == null) {
                        return CalendarEntry.onDay(uid, CalendarKind.VISIT, title, order.getPlannedDate(), path);
                    }
                    LocalDateTime start = LocalDateTime.ofInstant(order.getVisitAt(), zone);
                    return new CalendarEntry(
                            uid, CalendarKind.VISIT, title, start, start.plus(VISIT_LENGTH), false, path);
                })
                .toList();
    }

    @Override
    public boolean teamWork() {
        return true;
    }
}

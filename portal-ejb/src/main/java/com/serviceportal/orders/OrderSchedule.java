package com.serviceportal.orders;

import com.serviceportal.platform.Choice;
import com.serviceportal.platform.Difference;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** When an order is planned, when the technician visits (local time of the server), and who goes. */
public class OrderSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate plannedDate;
    private LocalDateTime visitAt;
    private Long technicianId;

    public static OrderSchedule of(OrderDetails order) {
        OrderSchedule schedule = new OrderSchedule();
        schedule.plannedDate = order.plannedDate();
        schedule.visitAt = order.visitAt() == null
                ? null
                : LocalDateTime.ofInstant(order.visitAt(), java.time.ZoneId.systemDefault());
        schedule.technicianId = order.technicianId();
        return schedule;
    }

    /** The fields whose stored value differs from what this form holds. */
    public List<Difference> differencesFrom(OrderDetails current, List<Choice> technicians) {
        OrderSchedule now = of(current);
        return Difference.collect()
                .value("order.planned", now.plannedDate, plannedDate)
                .value("order.visit", now.visitAt, visitAt)
                .choice("order.technician", now.technicianId, technicianId, technicians)
                .list();
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public LocalDateTime getVisitAt() {
        return visitAt;
    }

    public void setVisitAt(LocalDateTime visitAt) {
        this.visitAt = visitAt;
    }

    public Long getTechnicianId() {
        return technicianId;
    }

    public void setTechnicianId(Long technicianId) {
        this.technicianId = technicianId;
    }
}

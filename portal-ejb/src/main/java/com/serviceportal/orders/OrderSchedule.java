package com.serviceportal.orders;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

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

package com.serviceportal.orders;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One order in a list. */
public record OrderRow(
        long id,
        long number,
        OrderType type,
        OrderStatus status,
        String site,
        String description,
        LocalDate plannedDate,
        Instant visitAt,
        String technician)
        implements Serializable {

    static OrderRow of(WorkOrder o) {
        return new OrderRow(
                o.getId(),
                o.getNumber(),
                o.getType(),
                o.getStatus(),
                siteName(o),
                o.getDescription(),
                o.getPlannedDate(),
                o.getVisitAt(),
                o.getTechnician() == null ? null : o.getTechnician().getDisplayName());
    }

    /** "Company – site", or the company alone for orders on a company without sites. */
    static String siteName(WorkOrder o) {
        return OrderDetails.nameOf(o.getSite());
    }
}

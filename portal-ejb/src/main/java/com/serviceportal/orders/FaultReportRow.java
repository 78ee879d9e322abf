package com.serviceportal.orders;

import java.io.Serializable;
import java.time.Instant;

/** One fault report in a list: the customer's own list or the desk's queue. */
public record FaultReportRow(
        long id,
        long version,
        Instant createdAt,
        String site,
        String equipment,
        String contact,
        String description,
        FaultReportStatus status,
        String rejectReason,
        Long orderId,
        Long orderNumber)
        implements Serializable {

    static FaultReportRow of(FaultReport r, boolean orderShown) {
        boolean withOrder = r.getWorkOrder() != null && orderShown;
        return new FaultReportRow(
                r.getId(),
                r.getVersion(),
                r.getCreatedAt(),
                OrderDetails.nameOf(r.getSite()),
                r.getEquipment() == null ? null : r.getEquipment().getLabel(),
                r.getContact().getFullName(),
                r.getDescription(),
                r.getStatus(),
                r.getRejectReason(),
                withOrder ? r.getWorkOrder().getId() : null,
                withOrder ? r.getWorkOrder().getNumber() : null);
    }
}

package com.serviceportal.orders;

import com.serviceportal.customers.Customer;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One order as its reader may see it. For a customer the service leaves out what the portal
 * settings and the contact's options hide: {@code lines} empty and {@code showLines} false,
 * purchase prices {@code null}, the performed action {@code null}.
 */
public record OrderDetails(
        long id,
        long number,
        long version,
        OrderType type,
        OrderStatus status,
        long siteId,
        String site,
        Long equipmentId,
        String equipment,
        Long caseNumber,
        String description,
        LocalDate plannedDate,
        Instant visitAt,
        Long technicianId,
        String technician,
        String performedAction,
        Instant createdAt,
        Instant completedAt,
        List<LineDetails> lines,
        BigDecimal value,
        boolean showLines,
        boolean showPurchasePrices,
        boolean showPerformedAction)
        implements Serializable {

    public OrderDetails {
        lines = List.copyOf(lines);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    static OrderDetails of(WorkOrder o, boolean showLines, boolean showPurchasePrices, boolean showPerformedAction) {
        List<LineDetails> lines = showLines
                ? o.getLines().stream()
                        .map(l -> LineDetails.of(l, showPurchasePrices))
                        .toList()
                : List.of();
        return new OrderDetails(
                o.getId(),
                o.getNumber(),
                o.getVersion(),
                o.getType(),
                o.getStatus(),
                o.getSite().getId(),
                nameOf(o.getSite()),
                o.getEquipment() == null ? null : o.getEquipment().getId(),
                o.getEquipment() == null ? null : o.getEquipment().getLabel(),
                o.getServiceCase() == null ? null : o.getServiceCase().getNumber(),
                o.getDescription(),
                o.getPlannedDate(),
                o.getVisitAt(),
                o.getTechnician() == null ? null : o.getTechnician().getId(),
                o.getTechnician() == null ? null : o.getTechnician().getDisplayName(),
                showPerformedAction ? o.getPerformedAction() : null,
                o.getCreatedAt(),
                o.getCompletedAt(),
                lines,
                showLines ? o.getValue() : null,
                showLines,
                showLines && showPurchasePrices,
                showPerformedAction);
    }

    static String nameOf(Customer site) {
        return site.getParent() == null ? site.getName() : site.getParent().getName() + " – " + site.getName();
    }
}

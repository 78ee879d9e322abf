package com.serviceportal.orders;

import java.io.Serializable;
import java.util.List;

/** A customer's order list: of one site ({@code siteId} set) or of every site it sees. */
public record PortalOrders(Long siteId, String site, List<OrderRow> rows) implements Serializable {

    public PortalOrders {
        rows = List.copyOf(rows);
    }
}

package com.serviceportal.customers;

import java.io.Serializable;
import java.util.List;

/** One page of the customer list and whether another follows; the total is never counted. */
public record CustomerRows(List<CustomerRow> rows, boolean hasMore) implements Serializable {

    public CustomerRows {
        rows = List.copyOf(rows);
    }
}

package com.serviceportal.customers;

import java.io.Serializable;
import java.util.List;

/** One page of the contact list and whether another follows; the total is never counted. */
public record ContactRows(List<ContactRow> rows, boolean hasMore) implements Serializable {

    public ContactRows {
        rows = List.copyOf(rows);
    }

    public List<ContactRow> getRows() {
        return rows;
    }
}

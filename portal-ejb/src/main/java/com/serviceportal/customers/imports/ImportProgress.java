package com.serviceportal.customers.imports;

import java.io.Serializable;

/** How far an import's run is: rows done of all, the counts so far, and whether it ended or failed. */
public record ImportProgress(
        int rows, int done, int created, int updated, int rejected, boolean finished, boolean failed)
        implements Serializable {

    public int percent() {
        return rows == 0 ? 100 : (int) (100L * done / rows);
    }
}

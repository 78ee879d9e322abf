package com.serviceportal.customers.imports;

import java.io.Serializable;

/**
 * How far an import's run is: rows done of all, the counts so far, whether it finished or ended
 * without finishing (failed, stopped, or interrupted by a server that died), and which of these: a
 * failed or interrupted run can be continued.
 */
public record ImportProgress(
        int rows,
        int done,
        int created,
        int updated,
        int rejected,
        boolean finished,
        boolean failed,
        boolean interrupted)
        implements Serializable {

    public int percent() {
        return rows == 0 ? 100 : (int) (100L * done / rows);
    }
}

package com.serviceportal.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A request for change as its lists show it, with the version a decision on it must carry.
 *
 * @param decidedBy the name of the contact who decided, {@code null} while it waits
 */
public record ChangeRow(
        long id,
        long version,
        int number,
        String description,
        BigDecimal costImpact,
        Integer timeImpactDays,
        ChangeState state,
        Instant raisedAt,
        String decidedBy,
        Instant decidedAt,
        String comment)
        implements Serializable {

    public boolean isWaiting() {
        return state == ChangeState.WAITING;
    }
}

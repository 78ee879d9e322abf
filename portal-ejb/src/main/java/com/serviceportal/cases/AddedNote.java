package com.serviceportal.cases;

import java.io.Serializable;
import java.time.Instant;

/**
 * A note just added, and the case as it now stands. A note written on a page read before someone
 * else changed the case is added, but it does not set the status: {@link #isStatusKept()} then says
 * that the writer chose a status the case did not take, and who changed the case meanwhile.
 */
public final class AddedNote implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CaseDetails details;
    private final boolean statusKept;
    private final String changedBy;
    private final Instant changedAt;

    AddedNote(CaseDetails details, boolean statusKept, String changedBy, Instant changedAt) {
        this.details = details;
        this.statusKept = statusKept;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public CaseDetails getDetails() {
        return details;
    }

    public boolean isStatusKept() {
        return statusKept;
    }

    /** Who saved the case last before the note, when the status was kept. */
    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}

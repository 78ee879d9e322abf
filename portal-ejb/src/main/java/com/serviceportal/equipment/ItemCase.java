package com.serviceportal.equipment;

import java.io.Serializable;
import java.time.Instant;

/** A case raised about an item. */
public final class ItemCase implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long number;
    private final String summary;
    private final String status;
    private final Instant createdAt;
    private final boolean complete;

    public ItemCase(long number, String summary, String status, Instant createdAt, boolean complete) {
        this.number = number;
        this.summary = summary;
        this.status = status;
        this.createdAt = createdAt;
        this.complete = complete;
    }

    public long getNumber() {
        return number;
    }

    public String getSummary() {
        return summary;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isComplete() {
        return complete;
    }
}

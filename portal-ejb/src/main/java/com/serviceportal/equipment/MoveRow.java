package com.serviceportal.equipment;

import java.io.Serializable;
import java.time.Instant;

/** A move of an item between sites, as its history shows it. */
public final class MoveRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;
    private final Instant movedAt;
    private final String movedBy;
    private final String note;

    public MoveRow(String from, String to, Instant movedAt, String movedBy, String note) {
        this.from = from;
        this.to = to;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
        this.note = note;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public String getNote() {
        return note;
    }
}

package com.serviceportal.cases;

import com.serviceportal.contracts.Hours;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** A tracking note as a case page shows it. */
public final class NoteDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String author;
    private final boolean byCustomer;
    private final String status;
    private final boolean visibleToCustomer;
    private final String text;
    private final Instant createdAt;
    private final String timeSpent;

    NoteDetails(TrackingNote note, Locale reader) {
        this.id = note.getId();
        this.author = note.getAuthorName();
        this.byCustomer = note.isByCustomer();
        this.status = note.getStatus().name(reader);
        this.visibleToCustomer = note.isVisibleToCustomer();
        this.text = note.getText();
        this.createdAt = note.getCreatedAt();
        this.timeSpent = note.getTimeSpentMinutes() == null ? null : Hours.format(note.getTimeSpentMinutes());
    }

    public long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public boolean isByCustomer() {
        return byCustomer;
    }

    public String getStatus() {
        return status;
    }

    /** The desk sees internal notes too; this tells them apart. */
    public boolean isVisibleToCustomer() {
        return visibleToCustomer;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The time the desk recorded with the note, e.g. "1 h 30 min"; {@code null} when none. */
    public String getTimeSpent() {
        return timeSpent;
    }
}

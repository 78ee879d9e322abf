package com.serviceportal.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A tracking note being written: its text and the status it sets. */
public class NewNote implements Serializable {

    private static final long serialVersionUID = 1L;

    private long number;

    @NotNull
    private Long statusId;

    @NotBlank
    @Size(max = TrackingNote.TEXT_MAX)
    private String text;

    /** Time the desk spent, drawn from the case's contract; customers record none. */
    @Min(0)
    @Max(999)
    private Integer spentHours;

    @Min(0)
    @Max(59)
    private Integer spentMinutes;

    /** An empty note that keeps the case's status unless the writer picks another it may give. */
    public static NewNote of(CaseDetails details) {
        NewNote note = new NewNote();
        note.number = details.getNumber();
        note.statusId = details.getNoteStatuses().stream()
                .map(StatusChoice::getId)
                .filter(id -> id == details.getStatusId())
                .findFirst()
                .orElse(
                        details.getNoteStatuses().isEmpty()
                                ? null
                                : details.getNoteStatuses().get(0).getId());
        return note;
    }

    public long getNumber() {
        return number;
    }

    public void setNumber(long number) {
        this.number = number;
    }

    public Long getStatusId() {
        return statusId;
    }

    public void setStatusId(Long statusId) {
        this.statusId = statusId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getSpentHours() {
        return spentHours;
    }

    public void setSpentHours(Integer spentHours) {
        this.spentHours = spentHours;
    }

    public Integer getSpentMinutes() {
        return spentMinutes;
    }

    public void setSpentMinutes(Integer spentMinutes) {
        this.spentMinutes = spentMinutes;
    }
}

package com.serviceportal.cases;

import com.serviceportal.platform.Choice;
import com.serviceportal.platform.Difference;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * A tracking note being written: its text, the status it sets, and the version of the case its page
 * was read at (a note from an older page is added but does not set the status).
 */
public class NewNote implements Serializable {

    private static final long serialVersionUID = 1L;

    private long number;

    /** The version of the case the writer's page was read at. */
    private long version;

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
        note.version = details.getVersion();
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

    /** The status the writer chose, beside the case's status now, when they differ. */
    public List<Difference> differencesFrom(CaseDetails current) {
        List<Choice> statuses = current.getNoteStatuses().stream()
                .map(s -> new Choice(s.getId(), s.getName()))
                .toList();
        return Difference.collect()
                .choice("notes.status", current.getStatusId(), statusId, statuses)
                .list();
    }

    /** Keeps what was typed, to be added again to the case as it now stands. */
    public void rebaseOn(CaseDetails current) {
        version = current.getVersion();
    }

    public long getNumber() {
        return number;
    }

    public void setNumber(long number) {
        this.number = number;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
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

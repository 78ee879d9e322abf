package com.serviceportal.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** One objective as the project form edits it and the portal shows it. */
public class ObjectiveEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 1000)
    private String text;

    private boolean achieved;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isAchieved() {
        return achieved;
    }

    public void setAchieved(boolean achieved) {
        this.achieved = achieved;
    }
}

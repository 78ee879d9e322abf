package com.serviceportal.platform;

import java.io.Serializable;
import java.util.Objects;

/**
 * One entry of a list a person picks from: an id, what the list shows, and an optional line that
 * explains it (e.g. what a severity level means).
 */
public final class Choice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String label;
    private final String detail;

    public Choice(long id, String label, String detail) {
        this.id = id;
        this.label = label;
        this.detail = detail;
    }

    public Choice(long id, String label) {
        this(id, label, null);
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getDetail() {
        return detail;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice that && id == that.id && Objects.equals(label, that.label);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}

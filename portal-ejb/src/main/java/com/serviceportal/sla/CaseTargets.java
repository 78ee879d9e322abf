package com.serviceportal.sla;

import java.io.Serializable;
import java.time.Instant;

/**
 * A case's service level as its page shows it: the level, the targets in business minutes, the due
 * times and where the case stands against each. Computed once by {@link CaseClock}; {@code level}
 * is {@code null} when the case has no service level, the minutes and due times when the level has
 * no target for the case's severity.
 */
public final class CaseTargets implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A case with no service level. */
    public static final CaseTargets NONE = new CaseTargets(null, null, null, null, null, null, null, null);

    private final String level;
    private final Integer responseMinutes;
    private final Integer resolutionMinutes;
    private final Instant responseDueAt;
    private final Instant resolutionDueAt;
    private final TargetState response;
    private final TargetState resolution;
    private final String calendar;

    CaseTargets(
            String level,
            String calendar,
            Integer responseMinutes,
            Integer resolutionMinutes,
            Instant responseDueAt,
            Instant resolutionDueAt,
            TargetState response,
            TargetState resolution) {
        this.level = level;
        this.calendar = calendar;
        this.responseMinutes = responseMinutes;
        this.resolutionMinutes = resolutionMinutes;
        this.responseDueAt = responseDueAt;
        this.resolutionDueAt = resolutionDueAt;
        this.response = response;
        this.resolution = resolution;
    }

    public String getLevel() {
        return level;
    }

    /** The business calendar the targets are counted on. */
    public String getCalendar() {
        return calendar;
    }

    public boolean isTargeted() {
        return responseMinutes != null;
    }

    public Integer getResponseMinutes() {
        return responseMinutes;
    }

    public Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    public Instant getResponseDueAt() {
        return responseDueAt;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public TargetState getResponse() {
        return response;
    }

    public TargetState getResolution() {
        return resolution;
    }
}

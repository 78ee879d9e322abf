package com.serviceportal.sla;

import com.serviceportal.cases.Severity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/**
 * The targets of one severity on the service-level screen, in hours and minutes of business time.
 * All four empty means no target for the severity.
 */
public class TargetEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private Severity severity;

    @Min(0)
    @Max(9999)
    private Integer responseHours;

    @Min(0)
    @Max(59)
    private Integer responseMinutes;

    @Min(0)
    @Max(9999)
    private Integer resolutionHours;

    @Min(0)
    @Max(59)
    private Integer resolutionMinutes;

    /** The targets as the list shows them, e.g. "30 min" and "4 h"; {@code null} without a target. */
    private String responseLabel;

    private String resolutionLabel;

    public TargetEntry() {}

    TargetEntry(Severity severity, ServiceLevelTarget target) {
        this.severity = severity;
        if (target != null) {
            responseHours = target.getResponseMinutes() / 60;
            responseMinutes = target.getResponseMinutes() % 60;
            resolutionHours = target.getResolutionMinutes() / 60;
            resolutionMinutes = target.getResolutionMinutes() % 60;
            responseLabel = label(target.getResponseMinutes());
            resolutionLabel = label(target.getResolutionMinutes());
        }
    }

    private static String label(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        return hours == 0 ? rest + " min" : rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    public String getResponseLabel() {
        return responseLabel;
    }

    public String getResolutionLabel() {
        return resolutionLabel;
    }

    boolean isEmpty() {
        return responseHours == null && responseMinutes == null && resolutionHours == null && resolutionMinutes == null;
    }

    int responseTotal() {
        return total(responseHours, responseMinutes);
    }

    int resolutionTotal() {
        return total(resolutionHours, resolutionMinutes);
    }

    private static int total(Integer hours, Integer minutes) {
        return (hours == null ? 0 : hours) * 60 + (minutes == null ? 0 : minutes);
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public Integer getResponseHours() {
        return responseHours;
    }

    public void setResponseHours(Integer responseHours) {
        this.responseHours = responseHours;
    }

    public Integer getResponseMinutes() {
        return responseMinutes;
    }

    public void setResponseMinutes(Integer responseMinutes) {
        this.responseMinutes = responseMinutes;
    }

    public Integer getResolutionHours() {
        return resolutionHours;
    }

    public void setResolutionHours(Integer resolutionHours) {
        this.resolutionHours = resolutionHours;
    }

    public Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    public void setResolutionMinutes(Integer resolutionMinutes) {
        this.resolutionMinutes = resolutionMinutes;
    }

    /** The targets as the list shows them, e.g. 4 h / 2 h 30 min; empty when there are none. */
    String summary() {
        return isEmpty() ? "" : label(responseTotal()) + " / " + label(resolutionTotal());
    }
}

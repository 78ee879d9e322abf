package com.serviceportal.sla;

import com.serviceportal.cases.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** How soon, in business minutes, a case of one severity is answered and resolved. */
@Entity
@Table(name = "service_level_target")
public class ServiceLevelTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_level_target_seq")
    @SequenceGenerator(
            name = "service_level_target_seq",
            sequenceName = "service_level_target_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_level_id", nullable = false)
    private ServiceLevel serviceLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

    @Column(name = "response_minutes", nullable = false)
    private int responseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private int resolutionMinutes;

    protected ServiceLevelTarget() {}

    ServiceLevelTarget(ServiceLevel serviceLevel, Severity severity, int responseMinutes, int resolutionMinutes) {
        this.serviceLevel = serviceLevel;
        this.severity = severity;
        this.responseMinutes = responseMinutes;
        this.resolutionMinutes = resolutionMinutes;
    }

    public Severity getSeverity() {
        return severity;
    }

    public int getResponseMinutes() {
        return responseMinutes;
    }

    public int getResolutionMinutes() {
        return resolutionMinutes;
    }

    void change(int responseMinutes, int resolutionMinutes) {
        this.responseMinutes = responseMinutes;
        this.resolutionMinutes = resolutionMinutes;
    }
}

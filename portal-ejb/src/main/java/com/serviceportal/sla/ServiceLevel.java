package com.serviceportal.sla;

import com.serviceportal.cases.Severity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A named set of response and resolution targets, counted on one business calendar. */
@Entity
@Table(name = "service_level")
public class ServiceLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_level_seq")
    @SequenceGenerator(name = "service_level_seq", sequenceName = "service_level_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, unique = true)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id", nullable = false)
    private BusinessCalendar calendar;

    @OneToMany(mappedBy = "serviceLevel", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ServiceLevelTarget> targets = new ArrayList<>();

    @Version
    private long version;

    protected ServiceLevel() {}

    ServiceLevel(String name, BusinessCalendar calendar) {
        rename(name, calendar);
    }

    void rename(String name, BusinessCalendar calendar) {
        this.name = name.strip();
        this.calendar = calendar;
    }

    /** Sets the targets of one severity; {@code null} minutes remove them (no target). */
    void setTarget(Severity severity, Integer responseMinutes, Integer resolutionMinutes) {
        Optional<ServiceLevelTarget> current = targetFor(severity);
        if (responseMinutes == null || resolutionMinutes == null) {
            current.ifPresent(targets::remove);
        } else if (current.isPresent()) {
            current.get().change(responseMinutes, resolutionMinutes);
        } else {
            targets.add(new ServiceLevelTarget(this, severity, responseMinutes, resolutionMinutes));
        }
    }

    /** The targets of a severity; none when the level promises nothing for it. */
    public Optional<ServiceLevelTarget> targetFor(Severity severity) {
        return targets.stream().filter(t -> t.getSeverity() == severity).findFirst();
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BusinessCalendar getCalendar() {
        return calendar;
    }
}

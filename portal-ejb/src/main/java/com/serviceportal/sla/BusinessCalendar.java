package com.serviceportal.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The working days, hours and holidays a service level's targets are counted in. */
@Entity
@Table(name = "business_calendar")
public class BusinessCalendar {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_calendar_seq")
    @SequenceGenerator(name = "business_calendar_seq", sequenceName = "business_calendar_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, unique = true)
    private String name;

    /** An IANA zone such as Europe/Stockholm: the working hours are local times there. */
    @NotBlank
    @Size(max = 60)
    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Version
    private long version;

    protected BusinessCalendar() {}

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }
}

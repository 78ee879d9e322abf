package com.serviceportal.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

    @Version
    private long version;

    protected ServiceLevel() {}

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

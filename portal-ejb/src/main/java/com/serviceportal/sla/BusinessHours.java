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
import java.time.DayOfWeek;
import java.time.LocalTime;

/** The opening hours of one working weekday of a calendar, local times of its zone. */
@Entity
@Table(name = "business_hours")
public class BusinessHours {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_hours_seq")
    @SequenceGenerator(name = "business_hours_seq", sequenceName = "business_hours_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id", nullable = false)
    private BusinessCalendar calendar;

    /** 1 = Monday ... 7 = Sunday, as {@link DayOfWeek#getValue()}. */
    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    protected BusinessHours() {}

    BusinessHours(BusinessCalendar calendar, DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
        this.calendar = calendar;
        this.dayOfWeek = day.getValue();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    void change(LocalTime opensAt, LocalTime closesAt) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }
}

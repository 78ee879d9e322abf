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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A day a calendar does not count, whatever its weekday. */
@Entity
@Table(name = "business_holiday")
public class BusinessHoliday {

    static final int NAME_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_holiday_seq")
    @SequenceGenerator(name = "business_holiday_seq", sequenceName = "business_holiday_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "calendar_id", nullable = false)
    private BusinessCalendar calendar;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false)
    private String name;

    protected BusinessHoliday() {}

    BusinessHoliday(BusinessCalendar calendar, LocalDate date, String name) {
        this.calendar = calendar;
        this.date = date;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }
}

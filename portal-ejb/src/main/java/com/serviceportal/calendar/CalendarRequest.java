package com.serviceportal.calendar;

import com.serviceportal.security.AccessScope;
import jakarta.persistence.EntityManager;

/**
 * What a {@link CalendarSource} is asked for: the entries of a period that a scope sees.
 *
 * @param em the service's persistence context, within its transaction
 * @param scope whose calendar it is; every query is narrowed to it
 * @param period the days shown
 * @param technicianId only this technician's work, or {@code null} for everyone's (the desk's picker)
 * @param texts the titles in the reader's language
 */
public record CalendarRequest(
        EntityManager em, AccessScope scope, CalendarPeriod period, Long technicianId, CalendarTexts texts) {}

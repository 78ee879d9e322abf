package com.serviceportal.projects;

import java.io.Serializable;
import java.time.LocalDate;

/** A project as the lists show it. */
public record ProjectRow(
        long id,
        String number,
        String name,
        String customer,
        ProjectStatus status,
        LocalDate start,
        LocalDate end,
        String manager,
        long waitingChanges)
        implements Serializable {}

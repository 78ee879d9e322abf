package com.serviceportal.jobs.contracts;

import java.time.LocalDate;

/**
 * The day a job run works for: the launcher passes it as the {@code today} job parameter so that every
 * step of a run agrees on it even across midnight; without it, the server's current date.
 */
final class JobDay {

    private JobDay() {}

    static LocalDate of(String parameter) {
        return parameter == null || parameter.isBlank() ? LocalDate.now() : LocalDate.parse(parameter.strip());
    }
}
